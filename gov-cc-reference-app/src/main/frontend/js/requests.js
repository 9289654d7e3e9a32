// Citizen requests on the desktop (api/requests): a request opened from the call in the screen pop (line, call,
// topic and AMKA/AFM preset from it, a subject and a first note), and a search by AMKA that shows the requests of
// the agent's body with their status and due date. The server decides who may see and open what.
import { translate, translateCode } from './i18n.js';
import { localName } from './page.js';
import { date } from './desk-format.js';
import { request } from './desk-api.js';

const $ = id => document.getElementById(id);
const FIELDS = { topic: 'request-topic', amka: 'request-amka', afm: 'request-afm', subject: 'request-subject',
  note: 'request-note' };

let pop = null;
let topics = [];
let created = null;
let found = null;

/**
 * Wires both forms. {@code report(error, fieldId)} shows a refusal; {@code announce(text)} says something to screen
 * readers; {@code language()} is the page's language now.
 */
export function startRequests(report, announce, language) {
  $('request-form').addEventListener('submit', async e => {
    e.preventDefault();
    try {
      created = await request('POST', 'api/requests', body(), { 'Idempotency-Key': idempotencyKey() });
      $('request-subject').value = '';
      $('request-note').value = '';
      renderCreated(language());
      $('request-created').focus();
      announce($('request-created-text').textContent);
      report(null);
    } catch (error) {
      report(error, FIELDS[error.field]);
    }
  });
  $('search-form').addEventListener('submit', async e => {
    e.preventDefault();
    const amka = $('search-amka').value.trim();
    try {
      found = { amka, page: await request('GET', 'api/requests?amka=' + encodeURIComponent(amka)) };
      renderFound(language());
      report(null);
    } catch (error) {
      report(error, 'search-amka');
    }
  });
}

/** Presets the form from a new screen pop: its line, call, topic and the identifiers that passed their check. */
export function requestFromPop(screenPop, language) {
  pop = screenPop;
  const valid = kind => pop.identifiers.find(i => i.kind === kind && i.valid)?.digits ?? '';
  $('request-amka').value = valid('amka');
  $('request-afm').value = valid('afm');
  $('request-subject').value = '';
  $('request-note').value = '';
  $('request-created').hidden = true;
  created = null;
  $('request-topic').replaceChildren(); // the last call's topic is no choice for this one
  $('request-topic').dataset.preset = pop.topic.id;
  renderRequests(language);
}

/** Sets the topics the agent may open requests on (their body's, from the desk view); drawn by renderRequests. */
export function setTopics(list) {
  topics = list ?? [];
}

/** Draws what depends on the language: the form's topics and call, the confirmation, the search results. */
export function renderRequests(language) {
  $('request-no-call').hidden = pop !== null;
  $('request-form').hidden = pop === null;
  if (pop) {
    $('request-call').textContent = translate(language, 'desk.request.fromCall', { call: pop.call });
    const select = $('request-topic');
    const chosen = select.value || select.dataset.preset;
    // The pop's topic is always offered, also when it is not one of the body's (a call overflowed to this agent).
    const offered = topics.some(t => t.code === pop.topic.id) ? topics
      : [{ code: pop.topic.id, names: pop.topic.names }, ...topics];
    select.replaceChildren(...offered.map(t => option(t.code, localName(t.names, language).textContent)));
    select.value = offered.some(t => t.code === chosen) ? chosen : pop.topic.id;
  }
  renderCreated(language);
  renderFound(language);
}

/** A fresh key per request opened: a retried POST (a lost answer) opens it once. */
function idempotencyKey() {
  // crypto.randomUUID needs a secure context; a desk on an intranet may be served over plain HTTP.
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), b => b.toString(16).padStart(2, '0')).join('');
}

function body() {
  const value = id => $(id).value.trim();
  const sent = { line: pop.line, topic: value('request-topic'), call: pop.call, subject: value('request-subject') };
  for (const [field, id] of [['amka', 'request-amka'], ['afm', 'request-afm'], ['note', 'request-note']]) {
    if (value(id)) {
      sent[field] = value(id);
    }
  }
  return sent;
}

function renderCreated(language) {
  $('request-created').hidden = created === null;
  if (created) {
    $('request-created-text').textContent = translate(language, 'desk.request.created',
      { reference: created.reference, due: date(created.dueAt, language) });
  }
}

function renderFound(language) {
  $('search-table').hidden = found === null;
  if (found === null) {
    return;
  }
  $('search-summary').textContent = translate(language, 'desk.search.found', { count: found.page.total });
  $('search-caption').textContent = translate(language, 'desk.search.caption') + ' ' + found.amka;
  $('search-results').replaceChildren(...found.page.requests.map(r => row(r, language)));
}

function row(r, language) {
  const tr = document.createElement('tr');
  tr.className = 'govgr-table__row';
  tr.dataset.request = r.id;
  const reference = document.createElement('th');
  reference.scope = 'row';
  reference.className = 'govgr-table__header';
  reference.textContent = r.reference;
  const topic = topics.find(t => t.code === r.topic);
  const due = cell(date(r.dueAt, language), 'due');
  if (r.breached) {
    due.append(' ' + translate(language, 'desk.search.late'));
  }
  tr.append(reference, cell(topic ? localName(topic.names, language).textContent : r.topic, 'topic'),
    cell(r.subject, 'subject'), cell(translateCode(language, 'request.status.', r.status), 'status'), due);
  return tr;
}

function cell(text, field) {
  const td = document.createElement('td');
  td.className = 'govgr-table__cell';
  td.dataset.field = field;
  td.textContent = text;
  return td;
}

function option(value, label) {
  const element = document.createElement('option');
  element.value = value;
  element.textContent = label;
  return element;
}
