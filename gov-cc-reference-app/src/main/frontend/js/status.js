// The public status page: whether each line is open now, from GET api/lines.
import { translate, translateCode } from './i18n.js';
import { localName, pageLanguage, startPage } from './page.js';

const body = document.getElementById('lines');
const message = document.getElementById('lines-message');
let lines = null;

startPage();
document.addEventListener('govcc:language', () => render());
load();

async function load() {
  try {
    const response = await fetch('api/lines', { headers: { Accept: 'application/json' } });
    if (!response.ok) {
      throw new Error('HTTP ' + response.status);
    }
    lines = await response.json();
    render();
  } catch (e) {
    message.textContent = translate(pageLanguage(), 'error', { detail: e.message });
  }
}

function render() {
  if (lines === null) {
    return;
  }
  const language = pageLanguage();
  message.textContent = '';
  body.replaceChildren(...lines.map(line => row(line, language)));
}

function row(line, language) {
  const tr = document.createElement('tr');
  tr.className = 'govgr-table__row';
  tr.dataset.line = line.line;
  const name = document.createElement('th');
  name.scope = 'row';
  name.className = 'govgr-table__header';
  name.append(localName(line.names, language));
  tr.append(name, cell(line.number, 'number'), cell(state(line, language), 'state'));
  tr.lastChild.classList.add(line.open ? 'gov-cc-state--open' : 'gov-cc-state--closed');
  return tr;
}

function state(line, language) {
  if (line.open) {
    return translate(language, 'status.open');
  }
  // occasions names it per language of the line; occasion (English) covers one the configuration lacks.
  const occasion = line.occasions?.[language] ?? line.occasion;
  const why = [line.closedReason ? translateCode(language, 'reason.', line.closedReason) : null, occasion]
      .filter(Boolean).join(', ');
  const when = line.nextOpening
      ? ' — ' + translate(language, 'status.opens', { when: opening(line.nextOpening, language) }) : '';
  return translate(language, 'status.closed') + (why ? ' (' + why + ')' : '') + when;
}

/** The next opening in the page's language, on Athens time (the ministry's calendar zone). */
function opening(iso, language) {
  return new Intl.DateTimeFormat(language === 'el' ? 'el-GR' : 'en-GB', {
    weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Athens',
  }).format(new Date(iso));
}

function cell(text, field) {
  const td = document.createElement('td');
  td.className = 'govgr-table__cell';
  td.dataset.field = field;
  td.textContent = text;
  return td;
}
