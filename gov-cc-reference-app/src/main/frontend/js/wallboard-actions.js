// The supervisor's actions on an agent (not ready, sign out, move to another skill for today, reset), each with why:
// POST api/supervision/agents/{agent}/{action}. The form's lists follow the pushed board without losing a choice.
import { request } from './desk-api.js';
import { translate } from './i18n.js';
import { pageLanguage } from './page.js';

const form = document.getElementById('action-form');
const fields = Object.fromEntries(['agent', 'kind', 'reason', 'from', 'to', 'why']
    .map(name => [name, document.getElementById('action-' + name)]));
const reasonField = document.getElementById('action-reason-field');
const moveFields = document.getElementById('action-move-fields');
const result = document.getElementById('action-result');
let currentBoard = () => null;

/** Wires the form; {@code boardNow()} returns the last board pushed. */
export function startActions(boardNow) {
  currentBoard = boardNow;
  fields.kind.addEventListener('change', showFields);
  fields.agent.addEventListener('change', () => updateActions(currentBoard(), pageLanguage()));
  form.addEventListener('submit', event => {
    event.preventDefault();
    submit();
  });
  showFields();
}

/** Fills the form's lists from {@code board}, keeping what is chosen. */
export function updateActions(board, language) {
  if (!board) {
    return;
  }
  fill(fields.agent, board.agents.map(a => [a.agent, `${a.name} (${a.agent})`]));
  fill(fields.reason, board.reasons.map(r => [r.code, r.names[language] ?? r.code]));
  const agent = board.agents.find(a => a.agent === fields.agent.value);
  const held = agent ? Object.keys(agent.skills) : [];
  const all = [...new Set(board.agents.flatMap(a => Object.keys(a.skills)))].sort();
  fill(fields.from, held.map(s => [s, s]));
  fill(fields.to, all.filter(s => !held.includes(s)).map(s => [s, s]));
}

function showFields() {
  reasonField.hidden = fields.kind.value !== 'not-ready';
  moveFields.hidden = fields.kind.value !== 'move';
}

async function submit() {
  const language = pageLanguage();
  const kind = fields.kind.value;
  const body = { why: fields.why.value };
  if (kind === 'not-ready') {
    body.reason = fields.reason.value;
  } else if (kind === 'move') {
    body.from = fields.from.value;
    body.to = fields.to.value;
  }
  try {
    const done = await request('POST', `api/supervision/agents/${encodeURIComponent(fields.agent.value)}/${kind}`,
        body);
    result.textContent = translate(language, 'wallboard.action.done', done);
    fields.why.value = '';
  } catch (e) {
    if (e.signedOut) {
      document.dispatchEvent(new CustomEvent('govcc:signed-out'));
    }
    result.textContent = translate(language, 'wallboard.action.refused', { detail: e.message });
    if (e.field && fields[e.field]) {
      fields[e.field].focus();
    }
  }
}

/** Replaces {@code select}'s options with {@code options} ([value, text]), keeping the chosen value if it stays. */
function fill(select, options) {
  const chosen = select.value;
  const same = select.options.length === options.length
      && options.every(([value, text], i) => select.options[i].value === value && select.options[i].text === text);
  if (same) {
    return;
  }
  select.replaceChildren(...options.map(([value, text]) => new Option(text, value)));
  if (options.some(([value]) => value === chosen)) {
    select.value = chosen;
  }
}
