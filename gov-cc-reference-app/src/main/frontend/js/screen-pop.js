// The screen pop: what the line knows of a call offered to the agent (the `offer` event), as rows of a summary
// list. On a confidential line the server sends nothing of the caller and the panel says so.
import { translate, translateCode } from './i18n.js';
import { localName } from './page.js';
import { date, dateTime, duration } from './desk-format.js';

const details = document.getElementById('pop-details');
const confidential = document.getElementById('pop-confidential');

/** Draws {@code pop} in {@code language}; {@code topics} (the agent's body's, with names) name its open requests. */
export function renderPop(pop, language, topics) {
  confidential.hidden = !pop.confidential;
  const t = key => translate(language, key);
  const rows = [
    row('call', t('desk.pop.call'), text(pop.call)),
    row('topic', t('desk.pop.topic'), localName(pop.topic.names, language)),
    row('body', t('desk.pop.body'), localName(pop.body.names, language)),
    row('language', t('desk.pop.language'), text(translateCode(language, 'desk.language.', pop.language))),
    row('waited', t('desk.pop.waited'), text(duration(pop.waitedSeconds))),
    row('callback', t('desk.pop.callback'), text(t(pop.callback ? 'desk.yes' : 'desk.no'))),
  ];
  if (!pop.confidential) {
    rows.push(row('identifiers', t('desk.pop.identifiers'), identifiers(pop.identifiers, language)));
    if (pop.callerNumber) {
      rows.push(row('callerNumber', t('desk.pop.callerNumber'), text(pop.callerNumber)));
    }
    rows.push(row('earlierCalls', t('desk.pop.earlierCalls'), earlierCalls(pop.earlierCalls, language)));
    rows.push(row('openRequests', t('desk.pop.openRequests'),
      openRequests(pop.openRequests ?? [], language, topics)));
  }
  details.replaceChildren(...rows);
}

/** Returns a short description of {@code pop} for the live region. */
export function announcement(pop, language) {
  return translate(language, 'desk.announce.offer', {
    topic: localName(pop.topic.names, language).textContent,
    language: translateCode(language, 'desk.language.', pop.language),
  });
}

function identifiers(list, language) {
  if (list.length === 0) {
    return text(translate(language, 'desk.pop.none'));
  }
  const ul = document.createElement('ul');
  ul.className = 'govgr-list';
  for (const id of list) {
    const li = document.createElement('li');
    li.dataset.kind = id.kind;
    li.dataset.valid = String(id.valid);
    const mark = document.createElement('strong');
    // Said in words, not by colour alone.
    mark.className = id.valid ? 'gov-cc-valid' : 'gov-cc-invalid';
    mark.textContent = translate(language, id.valid ? 'desk.id.valid' : 'desk.id.invalid');
    li.append(translateCode(language, 'desk.id.', id.kind) + ' ', digits(id.digits), ' (', mark, ')');
    ul.append(li);
  }
  return ul;
}

function earlierCalls(list, language) {
  if (list.length === 0) {
    return text(translate(language, 'desk.pop.none'));
  }
  const ul = document.createElement('ul');
  ul.className = 'govgr-list';
  for (const c of list) {
    const li = document.createElement('li');
    li.textContent = translate(language, 'desk.pop.earlier', { at: dateTime(c.at, language),
      queue: c.queue ?? '—', agent: c.agent ?? '—', code: c.wrapUpCode ?? '—' });
    ul.append(li);
  }
  return ul;
}

function openRequests(list, language, topics) {
  if (list.length === 0) {
    return text(translate(language, 'desk.pop.none'));
  }
  const ul = document.createElement('ul');
  ul.className = 'govgr-list';
  for (const r of list) {
    const li = document.createElement('li');
    const topic = topics.find(x => x.code === r.topic);
    li.textContent = translate(language, 'desk.pop.openRequest', { reference: r.reference,
      topic: topic ? localName(topic.names, language).textContent : r.topic,
      status: translateCode(language, 'request.status.', r.status), due: date(r.dueAt, language) })
      + (r.breached ? ' ' + translate(language, 'desk.search.late') : '');
    ul.append(li);
  }
  return ul;
}

function digits(value) {
  const span = document.createElement('span');
  span.className = 'gov-cc-digits';
  span.textContent = value;
  return span;
}

function row(field, key, value) {
  const div = document.createElement('div');
  div.className = 'govgr-summary-list__row';
  div.dataset.field = field;
  const dt = document.createElement('dt');
  dt.className = 'govgr-summary-list__key';
  dt.textContent = key;
  const dd = document.createElement('dd');
  dd.className = 'govgr-summary-list__value';
  dd.append(value);
  div.append(dt, dd);
  return div;
}

function text(value) {
  return document.createTextNode(String(value));
}
