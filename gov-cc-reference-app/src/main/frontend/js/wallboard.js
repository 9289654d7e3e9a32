// The supervisors' wallboard: GET api/wallboard every 5 seconds, one row per queue, the total and the agents.
import { translate, translateCode } from './i18n.js';
import { localName, pageLanguage, startPage } from './page.js';

const REFRESH_MILLIS = 5000;
const SERVICE_LEVEL_TARGET = 80;
const queues = document.getElementById('queues');
const total = document.getElementById('total');
const agents = document.getElementById('agents');
const updated = document.getElementById('updated');
let board = null;

startPage();
document.addEventListener('govcc:language', () => render());
refresh();

async function refresh() {
  try {
    // X-Requested-With: a request whose session ended gets 401 without a Basic challenge, so no browser prompts.
    const response = await fetch('api/wallboard',
        { headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' } });
    if (response.status === 503) {
      board = null;
      updated.textContent = translate(pageLanguage(), 'wallboard.notRunning');
    } else if (response.status === 401 || response.status === 403
        || !(response.headers.get('Content-Type') || '').includes('json')) {
      // A session that ended: FORM authentication answers with the sign-in page instead of the figures.
      updated.textContent = translate(pageLanguage(), 'wallboard.signedOut');
    } else if (!response.ok) {
      throw new Error('HTTP ' + response.status);
    } else {
      board = await response.json();
      render();
    }
  } catch (e) {
    updated.textContent = translate(pageLanguage(), 'error', { detail: e.message });
  } finally {
    // The next request after this one ended, so a slow server never has two in flight from one wallboard.
    setTimeout(refresh, REFRESH_MILLIS);
  }
}

function render() {
  if (board === null) {
    return;
  }
  const language = pageLanguage();
  queues.replaceChildren(...board.queues.map(q => queueRow(q, localName(q.names, language), language)));
  const label = document.createElement('span');
  label.textContent = translate(language, 'wallboard.total');
  total.replaceChildren(queueRow(board.total, label, language));
  agents.replaceChildren(...Object.entries(board.agentsByStatus)
      .map(([status, count]) => agentRow(status, count, language)));
  const time = new Date(board.at)
      .toLocaleTimeString(language === 'el' ? 'el-GR' : 'en-GB', { timeZone: 'Europe/Athens' });
  updated.textContent = translate(language, 'wallboard.updated',
      { time, occupancy: number(board.occupancyPercent, language) });
}

function queueRow(q, label, language) {
  const tr = document.createElement('tr');
  tr.className = 'govgr-table__row';
  tr.dataset.queue = q.queue;
  const name = document.createElement('th');
  name.scope = 'row';
  name.className = 'govgr-table__header';
  name.append(label);
  const level = numeric(number(q.serviceLevelPercent, language) + '%', 'serviceLevel');
  if (q.offered > 0 && q.serviceLevelPercent < SERVICE_LEVEL_TARGET) {
    // Said in words too, not by colour alone.
    const note = document.createElement('span');
    note.className = 'govgr-visually-hidden';
    note.textContent = ' ' + translate(language, 'wallboard.belowTarget');
    level.classList.add('gov-cc-below-target');
    level.append(note);
  }
  tr.append(name, numeric(q.waiting, 'waiting'), numeric(minutes(q.longestWaitSeconds), 'longestWait'),
      numeric(minutes(q.estimatedWaitSeconds), 'estimatedWait'), numeric(q.answered, 'answered'),
      numeric(q.abandoned, 'abandoned'), level, numeric(q.available + ' / ' + q.staffed, 'available'));
  return tr;
}

function agentRow(status, count, language) {
  const tr = document.createElement('tr');
  tr.className = 'govgr-table__row';
  tr.dataset.status = status;
  const name = document.createElement('th');
  name.scope = 'row';
  name.className = 'govgr-table__header';
  name.textContent = translateCode(language, 'agent.', status);
  tr.append(name, numeric(count, 'count'));
  return tr;
}

function numeric(value, field) {
  const td = document.createElement('td');
  td.className = 'govgr-table__cell govgr-table__cell--numeric';
  td.dataset.field = field;
  td.textContent = value;
  return td;
}

function minutes(seconds) {
  return Math.floor(seconds / 60) + ':' + String(seconds % 60).padStart(2, '0');
}

function number(value, language) {
  return value.toLocaleString(language === 'el' ? 'el-GR' : 'en-GB', { maximumFractionDigits: 1 });
}
