// The agent desktop: the agent's state and its commands, the screen pop of the call offered, the after-call work,
// and citizen requests (or, for a complaint officer on a confidential line's call, the complaint form). GET api/agent
// and api/session (the user's roles) once, then the stream (desk-stream.js) pushes every change; commands answer
// with the new desk view too. Focus moves only where the agent's next step is: to the call when one arrives, to
// the wrap-up code when after-call work starts (not while they are writing a request), and to the panel's heading
// when the control they used is gone.
import { translate } from './i18n.js';
import { pageLanguage, startPage } from './page.js';
import { request, serverNow } from './desk-api.js';
import { openStream } from './desk-stream.js';
import { nextBody, renderState, tick, transferBody } from './desk-state.js';
import { announcement, renderPop } from './screen-pop.js';
import { renderRequests, requestFromPop, setTopics, startRequests } from './requests.js';
import { complaintFromPop, complaintMode, renderComplaint, startComplaints } from './complaints.js';
import { renderSafeCallback, startSafeCallbacks } from './safe-callback.js';
import { duration } from './desk-format.js';

const $ = id => document.getElementById(id);
const IN_CALL = ['RESERVED', 'TALKING', 'WRAP_UP'];
let view = null;
let pop = null;
let signedOut = false;
let officer = false;

startPage();
document.addEventListener('govcc:language', () => render());
for (const id of ['reason', 'next', 'wrap-up-code', 'transfer']) {
  $(id).addEventListener('change', e => { e.target.dataset.touched = 'yes'; });
}
command('sign-in', () => request('POST', 'api/agent/sign-in'));
command('ready', () => request('POST', 'api/agent/ready'));
command('not-ready', () => request('POST', 'api/agent/not-ready', { reason: $('reason').value }), 'reason');
command('line-sign-out', () => request('POST', 'api/agent/sign-out'));
command('set-next', () => request('PUT', 'api/agent/next', nextBody($('next').value)), 'next');
// Hold and take-back replace each other: the focus moves to the one now shown, so a keyboard user keeps their place.
command('hold', () => request('POST', 'api/agent/hold'), null, 'take-back');
command('take-back', () => request('POST', 'api/agent/take-back'), null, 'hold');
command('hang-up', () => request('POST', 'api/agent/hang-up'), null, 'call-heading');
command('transfer-now', () => request('POST', 'api/agent/transfer', transferBody($('transfer').value)), 'transfer');
command('end-wrap-up', () => request('POST', 'api/agent/wrap-up',
  $('wrap-up-code').value ? { code: $('wrap-up-code').value } : {}), 'wrap-up-code');
startRequests(report, announce, pageLanguage);
startComplaints(report, announce, pageLanguage);
startSafeCallbacks(report, announce, pageLanguage);
setInterval(() => tick(view), 1000);
start();

async function start() {
  try {
    officer = (await request('GET', 'api/session')).roles.includes('complaint-officer');
    show(await request('GET', 'api/agent'));
  } catch (error) {
    report(error);
  }
  openStream({
    state: show,
    offer: offered,
    connected: up => { $('stream-status').hidden = up || signedOut; },
    refused: async () => {
      // EventSource does not say why it was refused: ask with a request that does.
      try {
        await request('GET', 'api/agent');
        return true;
      } catch (error) {
        report(error);
        return error.status === 0 || error.status >= 500; // the server is away: try again; else stop
      }
    },
  });
}

function show(next) {
  const before = view?.state;
  view = next;
  setTopics(next.topics);
  const wrapUpStarts = next.state === 'WRAP_UP' && before !== undefined && before !== 'WRAP_UP';
  if (wrapUpStarts) {
    delete $('wrap-up-code').dataset.touched;
  }
  if (!IN_CALL.includes(next.state)) {
    delete $('next').dataset.touched;
  }
  render();
  if (wrapUpStarts) {
    announce(translate(pageLanguage(), 'desk.announce.wrapUp',
      { time: duration((Date.parse(next.wrapUp?.endsAt) - serverNow()) / 1000 || 0) }));
    // The caller hanging up must not take the cursor out of a request the agent is writing.
    if (!$('request-form').contains(document.activeElement)
      && !$('complaint-form').contains(document.activeElement)) {
      $('wrap-up-code').focus();
    }
  }
}

function offered(next) {
  pop = next;
  requestFromPop(next, pageLanguage());
  complaintFromPop(next, officer, pageLanguage());
  render();
  announce(announcement(next, pageLanguage()));
  $('call-heading').focus();
}

function render() {
  const focused = document.activeElement;
  const language = pageLanguage();
  if (view) {
    renderState(view, language);
  }
  const current = view?.call ?? null;
  $('call-none').hidden = pop !== null || current !== null;
  // A call in hand whose pop this page never got (it was opened during the call).
  $('call-no-pop').hidden = current === null || pop?.call === current;
  $('pop').hidden = pop === null;
  if (pop) {
    renderPop(pop, language, view?.topics ?? []);
  }
  renderRequests(language);
  if (complaintMode()) {
    renderComplaint(language); // after the requests: it hides their form
  }
  renderSafeCallback(complaintMode() ? pop.call : null, view?.state === 'TALKING' && view?.call === pop?.call,
    language);
  if (focused && focused !== document.body && focused.closest('[hidden]')) {
    $('state-heading').focus(); // the control just used is gone (e.g. Ready once ready)
  }
}

function command(id, action, fieldId, focusAfter) {
  $(id).addEventListener('click', async () => {
    try {
      show(await action());
      report(null);
      if (focusAfter && $(id).closest('[hidden]')) {
        $(focusAfter).focus();
      }
    } catch (error) {
      report(error, fieldId);
    }
  });
}

/** Shows {@code error} (a DeskError, or null to clear), moving the focus to {@code fieldId} when it names one. */
function report(error, fieldId) {
  const alert = $('desk-error');
  if (!error) {
    alert.hidden = true;
    return;
  }
  if (error.signedOut) {
    signedOut = true;
    alert.hidden = true;
    $('stream-status').hidden = true;
    $('desk-signed-out').hidden = false;
    $('desk-signed-out').focus();
    return;
  }
  $('desk-error-detail').textContent = error.message;
  alert.hidden = false;
  if (fieldId && $(fieldId) && !$(fieldId).closest('[hidden]')) {
    $(fieldId).focus();
  }
}

function announce(text) {
  // Emptied first, so that the same words said twice (two calls on one topic) are announced twice.
  const region = $('desk-announce');
  region.textContent = '';
  setTimeout(() => { region.textContent = text; }, 50);
}
