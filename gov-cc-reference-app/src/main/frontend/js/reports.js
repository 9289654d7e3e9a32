// The reports page: GET api/reports/{intervals,days,months} for the chosen period, topic, body and line, drawn as two
// charts, each with a table of the same figures beside it, and the period's figures per topic and body.
import { translate } from './i18n.js';
import { localName, pageLanguage, startPage } from './page.js';
import { drawChart } from './report-charts.js';

const form = document.getElementById('report-form');
const fields = Object.fromEntries(['granularity', 'from', 'to', 'topic', 'body', 'line']
    .map(id => [id, document.getElementById(id)]));
const csv = document.getElementById('csv');
const problem = document.getElementById('problem');
const summary = document.getElementById('summary');
const formula = document.getElementById('formula');
let report = null;

startPage();
const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Athens' }); // yyyy-mm-dd
fields.from.value = today.slice(0, 8) + '01';
fields.to.value = today;
document.addEventListener('govcc:language', () => render());
form.addEventListener('submit', event => {
  event.preventDefault();
  load();
});
form.addEventListener('change', () => {
  csv.href = address('csv');
});
window.addEventListener('resize', () => render());
csv.href = address('csv');
load();

/** The report's address for the form's choices, as JSON or CSV. */
function address(format) {
  const granularity = fields.granularity.value;
  const monthly = granularity === 'month';
  const params = new URLSearchParams();
  params.set('from', monthly ? fields.from.value.slice(0, 7) : fields.from.value);
  params.set('to', monthly ? fields.to.value.slice(0, 7) : fields.to.value);
  if (granularity === 'quarter-hour' || granularity === 'half-hour') {
    params.set('size', granularity === 'quarter-hour' ? '15' : '30');
  }
  for (const id of ['topic', 'body', 'line']) {
    if (fields[id].value) {
      params.set(id, fields[id].value);
    }
  }
  if (format) {
    params.set('format', format);
  }
  const path = monthly ? 'months' : granularity === 'day' ? 'days' : 'intervals';
  return `api/reports/${path}?${params}`;
}

async function load() {
  const language = pageLanguage();
  problem.hidden = true;
  summary.textContent = translate(language, 'reports.loading');
  try {
    // X-Requested-With: a request whose session ended gets 401 without a Basic challenge, so no browser prompts.
    const response = await fetch(address(), {
      headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' },
    });
    const type = response.headers.get('Content-Type') || '';
    if (response.status === 401 || response.status === 403 || !type.includes('json')) {
      refuse(translate(language, 'reports.signedOut'), null);
    } else if (!response.ok) {
      const body = await response.json();
      refuse(body.detail, body.field);
    } else {
      report = await response.json();
      fillChoices();
      render();
    }
  } catch (e) {
    refuse(translate(language, 'error', { detail: e.message }), null);
  }
}

/** Shows a refusal in the alert region and moves the focus to the field at fault. */
function refuse(detail, field) {
  summary.textContent = '';
  problem.textContent = detail;
  problem.hidden = false;
  const target = fields[field === 'size' ? 'granularity' : field];
  (target || problem).focus();
}

/** The topic, body and line choices, from the report's own lists (names in the page's language). */
function fillChoices() {
  for (const [id, groups] of [['topic', report.topics], ['body', report.bodies], ['line', report.lines]]) {
    const select = fields[id];
    const chosen = select.value;
    const all = select.options[0];
    select.replaceChildren(all, ...groups.filter(g => g.id !== 'other').map(g => {
      const option = document.createElement('option');
      option.value = g.id;
      option.append(localName(g.names, pageLanguage()));
      return option;
    }));
    select.value = chosen;
  }
}

function render() {
  if (report === null) {
    return;
  }
  const language = pageLanguage();
  fillChoices();
  const t = report.total;
  summary.textContent = translate(language, 'reports.shown', {
    from: report.from, to: report.to, offered: number(t.offered, language), answered: number(t.answered, language),
  });
  formula.textContent = translate(language, 'reports.formulaNote', {
    formula: translate(language, 'reports.formula.' + report.serviceLevelFormula),
    target: report.serviceLevelTargetPercent,
  });
  const labels = periodLabels(report.rows);
  const monthly = report.monthlyAnsweredTarget !== undefined && report.monthlyAnsweredTarget !== null;
  const callColumns = [
    ['reports.offered', m => m.offered], ['reports.answered', m => m.answered],
    ['reports.abandoned', m => m.abandoned], ['reports.shortAbandoned', m => m.shortAbandoned],
    ['reports.callbacks', m => `${number(m.callbacksRequested, language)} / ${number(m.callbacksCompleted, language)}`],
    ['reports.transfers', m => m.transfers],
  ];
  const qualityColumns = [
    ['reports.serviceLevel', m => m.serviceLevelPercent, 'level'], ['reports.asa', m => m.averageSpeedOfAnswerSeconds],
    ['reports.talk', m => m.averageTalkSeconds], ['reports.hold', m => m.averageHoldSeconds],
    ['reports.afterCallWork', m => m.averageAfterCallWorkSeconds], ['reports.handling', m => m.averageHandlingSeconds],
    ['reports.occupancy', m => m.occupancyPercent],
  ];
  const targetColumn = monthly ? [[translate(language, 'reports.targetPercent',
      { target: number(report.monthlyAnsweredTarget, language) }), row => row.targetPercent]] : [];
  table('calls-table', translate(language, 'reports.period'), labels, report.rows.map(r => r.figures), callColumns,
      targetColumn.map(([title, f]) => [title, (m, i) => f(report.rows[i])]));
  table('quality-table', translate(language, 'reports.period'), labels, report.rows.map(r => r.figures),
      qualityColumns, []);
  const names = groups => groups.map(g => g.id === 'other' ? translate(language, 'reports.other')
      : localName(g.names, language).textContent);
  table('topics-table', translate(language, 'reports.topic'), names(report.topics),
      report.topics.map(g => g.figures), [...callColumns.slice(0, 3), ...qualityColumns.slice(0, 2),
        qualityColumns[5]], []);
  table('bodies-table', translate(language, 'reports.body'), names(report.bodies),
      report.bodies.map(g => g.figures), [...callColumns.slice(0, 3), qualityColumns[0], qualityColumns[6]], []);
  const calls = [['reports.offered', 'offered'], ['reports.answered', 'answered'], ['reports.abandoned', 'abandoned']]
      .map(([key, field]) => ({ label: translate(language, key), values: report.rows.map(r => r.figures[field]) }));
  if (monthly) {
    calls.push({ label: translate(language, 'reports.target'), values: report.rows.map(() => report.monthlyAnsweredTarget) });
  }
  drawChart(document.getElementById('calls-chart'), document.getElementById('calls-legend'), labels, calls);
  drawChart(document.getElementById('quality-chart'), document.getElementById('quality-legend'), labels, [
    { label: translate(language, 'reports.serviceLevel'), values: report.rows.map(r => r.figures.serviceLevelPercent) },
    { label: translate(language, 'reports.occupancy'), values: report.rows.map(r => r.figures.occupancyPercent) },
  ], { percent: true });
}

/** Each period's name: the time of an interval (its offset too where the night clocks went back), a day, a month. */
function periodLabels(rows) {
  const days = new Set(rows.map(r => r.label.slice(0, 10)));
  const labels = rows.map(r => r.label.length <= 10 ? r.label
      : (days.size > 1 ? r.label.slice(5, 10) + ' ' : '') + r.label.slice(11, 16));
  const seen = new Map();
  labels.forEach(l => seen.set(l, (seen.get(l) || 0) + 1));
  return labels.map((l, i) => seen.get(l) > 1 ? `${l} (${rows[i].label.slice(16)})` : l);
}

/** Fills table {@code id}: one row per item, headed by its name, one column per figure, the total in the foot. */
function table(id, heading, names, figures, columns, extra) {
  const language = pageLanguage();
  const element = document.getElementById(id);
  const all = [...columns.map(([key, f, kind]) => [translate(language, key), f, kind]), ...extra];
  const head = document.createElement('tr');
  head.className = 'govgr-table__row';
  head.append(header('col', heading), ...all.map(([title]) => header('col', title, true)));
  element.tHead.replaceChildren(head);
  element.tBodies[0].replaceChildren(...figures.map((m, i) => row(names[i], m, i, all, language)));
  const foot = element.tFoot;
  if (foot) {
    foot.replaceChildren(row(translate(language, 'reports.total'), report.total, -1,
        all.slice(0, all.length - extra.length), language));
  }
}

function row(name, m, index, columns, language) {
  const tr = document.createElement('tr');
  tr.className = 'govgr-table__row';
  tr.append(header('row', name));
  for (const [, f, kind] of columns) {
    const td = document.createElement('td');
    td.className = 'govgr-table__cell govgr-table__cell--numeric';
    const value = f(m, index);
    td.textContent = value === null || value === undefined ? translate(language, 'reports.none')
        : typeof value === 'number' ? number(value, language) : value;
    if (kind === 'level' && typeof value === 'number' && value < report.serviceLevelTargetPercent) {
      // Said in words too, not by colour alone.
      const note = document.createElement('span');
      note.className = 'govgr-visually-hidden';
      note.textContent = ' ' + translate(language, 'reports.belowTarget');
      td.classList.add('gov-cc-below-target');
      td.append(note);
    }
    tr.append(td);
  }
  return tr;
}

function header(scope, text, numeric = false) {
  const th = document.createElement('th');
  th.scope = scope;
  th.className = 'govgr-table__header' + (numeric ? ' govgr-table__header--numeric' : '');
  th.textContent = text;
  return th;
}

function number(value, language) {
  return value.toLocaleString(language === 'el' ? 'el-GR' : 'en-GB', { maximumFractionDigits: 1 });
}
