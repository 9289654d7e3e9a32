// The agent's own panel: state, reason, time in state (ticking), phone, what follows the call; the buttons the
// state allows (the others are hidden, not disabled: a keyboard user meets only what can be done); the after-call
// work with its countdown to wrapUp.endsAt and the queue's codes.
import { translate, translateCode } from './i18n.js';
import { localName } from './page.js';
import { duration } from './desk-format.js';
import { serverNow } from './desk-api.js';

const $ = id => document.getElementById(id);
const IN_CALL = ['RESERVED', 'TALKING', 'WRAP_UP'];

/** Draws {@code view} (the DeskView) in {@code language}. */
export function renderState(view, language) {
  $('agent-name').textContent = `${view.name} (${view.agent})`;
  const state = $('state');
  state.dataset.state = view.state;
  state.replaceChildren(strong(translateCode(language, 'desk.status.', view.state)));
  if (view.reason) {
    state.append(' — ', localName(view.reason.names, language));
  }
  $('phone').textContent = translate(language, view.phoneRegistered ? 'desk.phone.registered'
    : 'desk.phone.unregistered');
  $('next-row').hidden = !view.next;
  if (view.next) {
    $('next-planned').textContent = planned(view.next, view.reasons, language);
  }

  $('sign-in').hidden = view.state !== 'LOGGED_OUT';
  $('ready').hidden = view.state !== 'ON_BREAK';
  $('not-ready-controls').hidden = !['AVAILABLE', 'ON_BREAK'].includes(view.state);
  $('next-controls').hidden = !IN_CALL.includes(view.state);
  // While talking: hold or take back, hang up; the held time ticks beside them.
  const talking = view.state === 'TALKING';
  $('call-controls').hidden = !talking;
  $('hold').hidden = !talking || Boolean(view.heldSince);
  $('take-back').hidden = !talking || !view.heldSince;
  $('held').hidden = !talking || !view.heldSince;
  // While talking: another topic's queue or another agent (on a confidential line its officers only).
  $('transfer-controls').hidden = view.state !== 'TALKING' || !(view.transferTargets ?? []).length;
  fill($('transfer'), (view.transferTargets ?? []).map(t => [t.code, t.names[language] ?? t.code]), null);
  fill($('reason'), view.reasons.map(r => [r.code, localName(r.names, language).textContent]),
    view.reason?.code);
  fill($('next'), [['ready', translate(language, 'desk.next.ready')],
    ...view.reasons.map(r => ['reason:' + r.code,
      translate(language, 'desk.next.notReady', { reason: localName(r.names, language).textContent })]),
    ['sign-out', translate(language, 'desk.next.signOut')]], nextValue(view.next));
  renderWrapUp(view.wrapUp, language);
  tick(view);
}

/** Writes the time in state and the time left of the wrap-up, as of now. */
export function tick(view) {
  $('time-in-state').textContent = view?.since ? duration((serverNow() - Date.parse(view.since)) / 1000) : '—';
  if (view?.heldSince) {
    $('held-for').textContent = duration((serverNow() - Date.parse(view.heldSince)) / 1000);
  }
  if (view?.wrapUp) {
    $('wrap-up-remaining').textContent = duration((Date.parse(view.wrapUp.endsAt) - serverNow()) / 1000);
  }
}

/** Returns the body of PUT api/agent/next for the option chosen in the next-status select. */
/** The body of a transfer to the target {@code value} of the transfer select ({@code topic:ID} or {@code agent:ID}). */
export function transferBody(value) {
  const [kind, id] = value.split(':');
  return kind === 'agent' ? { agent: id } : { topic: id };
}

export function nextBody(value) {
  if (value === 'sign-out') {
    return { signOut: true };
  }
  return value.startsWith('reason:') ? { notReady: value.slice('reason:'.length) } : {};
}

function renderWrapUp(wrapUp, language) {
  $('wrap-up').hidden = !wrapUp;
  if (!wrapUp) {
    return;
  }
  const code = $('wrap-up-code');
  code.required = wrapUp.codeRequired;
  $('wrap-up-required').hidden = !wrapUp.codeRequired;
  const named = wrapUp.codes.find(c => c.code === wrapUp.defaultCode);
  $('wrap-up-default').hidden = !named;
  if (named) {
    $('wrap-up-default').textContent = translate(language, 'desk.wrapUp.default',
      { code: localName(named.names, language).textContent });
  }
  fill(code, [['', translate(language, 'desk.wrapUp.choose')],
    ...wrapUp.codes.map(c => [c.code, localName(c.names, language).textContent])], null);
}

function planned(next, reasons, language) {
  if (next.signOut) {
    return translate(language, 'desk.next.signOut');
  }
  const reason = reasons.find(r => r.code === next.notReady);
  return translate(language, 'desk.next.notReady',
    { reason: reason ? localName(reason.names, language).textContent : next.notReady });
}

function nextValue(next) {
  if (!next) {
    return 'ready';
  }
  return next.signOut ? 'sign-out' : 'reason:' + next.notReady;
}

/** Replaces {@code select}'s options, keeping the person's choice if it is still offered, else {@code preferred}. */
function fill(select, options, preferred) {
  const kept = select.value;
  select.replaceChildren(...options.map(([value, label]) => {
    const option = document.createElement('option');
    option.value = value;
    option.textContent = label;
    return option;
  }));
  const values = options.map(([value]) => value);
  if (values.includes(kept) && select.dataset.touched) {
    select.value = kept;
  } else if (preferred != null && values.includes(preferred)) {
    select.value = preferred;
  }
}

function strong(text) {
  const element = document.createElement('strong');
  element.textContent = text;
  return element;
}
