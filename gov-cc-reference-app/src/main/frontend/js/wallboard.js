// The supervisors' live wallboard: the board pushed by the server (EventSource on api/supervision/wallboard/events,
// event `board` on connecting and after every change, `heartbeat` every 15 s), drawn without reloading: today's
// queues, the day by half-hour (uPlot), the agents with their time in state (ticking here between pushes), and the
// alerts, which a supervisor acknowledges. The supervisor's actions on agents are in wallboard-actions.js.
import { translate, translateCode } from './i18n.js';
import { localName, pageLanguage, startPage } from './page.js';
import { drawChart } from './report-charts.js';
import { renderAlerts } from './wallboard-alerts.js';
import { startActions, updateActions } from './wallboard-actions.js';

const RETRY_MILLIS = 5000;
const elements = Object.fromEntries(['live', 'queues', 'total', 'target', 'agents', 'agent-list', 'day-chart',
  'day-legend', 'level-chart', 'level-legend'].map(id => [id, document.getElementById(id)]));
let board = null;
let lastBeat = null;
let skew = 0; // this browser's clock minus the server's, when the board arrived
let drawnIntervals = '';

startPage();
startActions(() => board);
// A refused action or acknowledgement may be the first to learn that the session ended.
document.addEventListener('govcc:signed-out',
    () => setLive('signed-out', translate(pageLanguage(), 'wallboard.signedOut')));
document.addEventListener('govcc:language', () => {
  drawnIntervals = '';
  render();
});
window.addEventListener('resize', () => {
  drawnIntervals = '';
  render();
});
setInterval(tick, 1000);
connect();

function connect() {
  const source = new EventSource('api/supervision/wallboard/events');
  source.addEventListener('board', e => {
    board = JSON.parse(e.data);
    skew = Date.now() - Date.parse(board.at);
    lastBeat = new Date();
    render();
  });
  source.addEventListener('heartbeat', () => {
    lastBeat = new Date();
    showLive();
  });
  source.addEventListener('error', async () => {
    setLive('reconnecting', translate(pageLanguage(), 'wallboard.reconnecting'));
    if (source.readyState === EventSource.CLOSED) {
      // The browser gave up (a refusal, or the sign-in page instead of a stream): say why, or try again.
      const response = await fetch('api/supervision/wallboard',
          { headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' } }).catch(() => null);
      if (response && (response.status === 401 || response.status === 403
          || !(response.headers.get('Content-Type') || '').includes('json'))) {
        setLive('signed-out', translate(pageLanguage(), 'wallboard.signedOut'));
      } else {
        setTimeout(connect, RETRY_MILLIS);
      }
    }
  });
}

function render() {
  if (board === null) {
    return;
  }
  const language = pageLanguage();
  showLive();
  if (!board.running) {
    setLive('not-running', translate(language, 'wallboard.notRunning'));
  }
  elements.queues.replaceChildren(...board.queues.map(q => queueRow(q, localName(q.names, language), language)));
  if (board.total) {
    const label = document.createElement('span');
    label.textContent = translate(language, 'wallboard.total');
    elements.total.replaceChildren(queueRow(board.total, label, language));
  }
  elements.target.textContent = translate(language, 'wallboard.target', { target: board.serviceLevelTargetPercent });
  elements['agent-list'].replaceChildren(...board.agents.map(a => agentRow(a, language)));
  elements.agents.replaceChildren(...Object.entries(board.agentsByStatus).map(([status, count]) => {
    const tr = row({ status });
    tr.append(header(translateCode(language, 'agent.', status)), cell(count, 'count', true));
    return tr;
  }));
  renderAlerts(board, language);
  updateActions(board, language);
  drawDay(language);
  tick();
}

function queueRow(q, label, language) {
  const tr = row({ queue: q.queue });
  const name = header(label);
  if (q.confidential) {
    const note = document.createElement('span');
    note.className = 'govgr-hint gov-cc-inline-hint';
    note.textContent = ' ' + translate(language, 'wallboard.confidential');
    name.append(note);
  }
  const level = cell(q.serviceLevelPercent === undefined || q.serviceLevelPercent === null ? '—'
      : number(q.serviceLevelPercent, language) + '%', 'serviceLevel', true);
  if (q.belowTarget) {
    // Said in words too, not by colour alone.
    const note = document.createElement('span');
    note.className = 'govgr-visually-hidden';
    note.textContent = ' ' + translate(language, 'wallboard.belowTarget', { target: board.serviceLevelTargetPercent });
    level.classList.add('gov-cc-below-target');
    level.append(note);
  }
  const longest = cell(clock(q.longestWaitSeconds), 'longestWait', true);
  if (q.waiting > 0) {
    longest.dataset.from = String(Date.parse(board.at) - q.longestWaitSeconds * 1000);
  }
  tr.append(name, cell(q.waiting, 'waiting', true), longest, cell(clock(q.estimatedWaitSeconds), 'estimatedWait', true),
      cell(q.offered, 'offered', true), cell(q.answered, 'answered', true), cell(q.abandoned, 'abandoned', true),
      cell(q.callbacks, 'callbacks', true), level, cell(q.available + ' / ' + q.staffed, 'available', true));
  return tr;
}

function agentRow(a, language) {
  const tr = row({ agent: a.agent, status: a.status });
  let state = translateCode(language, 'desk.status.', a.status);
  if (a.reason) {
    state += ' — ' + (a.reason.names[language] ?? a.reason.code);
  }
  const inState = cell(a.since ? '' : '—', 'inState', true);
  if (a.since) {
    inState.dataset.from = String(Date.parse(a.since));
  }
  let skills = Object.entries(a.skills).map(([skill, level]) => `${skill} (${level})`).join(', ');
  if (a.movedUntil) {
    skills += ' ' + translate(language, 'wallboard.movedUntil');
  }
  tr.append(header(a.name + ' (' + a.agent + ')'), cell(state, 'state', false), inState, cell(skills, 'skills', false));
  return tr;
}

/** Draws today's half-hours, only when they changed (a redraw on every push would flicker). */
function drawDay(language) {
  const key = language + JSON.stringify(board.intervals);
  if (key === drawnIntervals || board.intervals.length === 0) {
    return;
  }
  drawnIntervals = key;
  const labels = board.intervals.map(i => i.start);
  drawChart(elements['day-chart'], elements['day-legend'], labels, [
    { label: translate(language, 'wallboard.offered'), values: board.intervals.map(i => i.offered) },
    { label: translate(language, 'wallboard.answered'), values: board.intervals.map(i => i.answered) },
  ]);
  drawChart(elements['level-chart'], elements['level-legend'], labels, [
    { label: translate(language, 'wallboard.serviceLevel'),
      values: board.intervals.map(i => i.serviceLevelPercent ?? null) },
  ], { percent: true });
}

/** Moves the time-in-state and longest-wait cells on between pushes, by the server's clock. */
function tick() {
  const now = Date.now() - skew;
  for (const element of document.querySelectorAll('[data-from]')) {
    element.textContent = clock(Math.max(0, Math.floor((now - Number(element.dataset.from)) / 1000)));
  }
}

function showLive() {
  if (lastBeat !== null && board?.running !== false) {
    const time = lastBeat.toLocaleTimeString(pageLanguage() === 'el' ? 'el-GR' : 'en-GB',
        { timeZone: 'Europe/Athens', hour12: false });
    setLive('live', translate(pageLanguage(), 'wallboard.live', { time }));
  }
}

function setLive(state, text) {
  elements.live.dataset.live = state;
  elements.live.textContent = text;
}

function row(data) {
  const tr = document.createElement('tr');
  tr.className = 'govgr-table__row';
  Object.assign(tr.dataset, data);
  return tr;
}

function header(content) {
  const th = document.createElement('th');
  th.scope = 'row';
  th.className = 'govgr-table__header';
  th.append(content);
  return th;
}

function cell(value, field, numeric) {
  const td = document.createElement('td');
  td.className = 'govgr-table__cell' + (numeric ? ' govgr-table__cell--numeric' : '');
  td.dataset.field = field;
  td.textContent = value;
  return td;
}

function clock(seconds) {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

function number(value, language) {
  return value.toLocaleString(language === 'el' ? 'el-GR' : 'en-GB', { maximumFractionDigits: 1 });
}
