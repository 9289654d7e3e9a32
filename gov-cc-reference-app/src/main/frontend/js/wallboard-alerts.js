// The wallboard's alerts: one item per alert with its acknowledge button, new ones announced to screen readers. An
// acknowledged alert leaves the board at once (the next push agrees); the focus then goes to the alerts' heading.
import { request } from './desk-api.js';
import { translate } from './i18n.js';
import { pageLanguage } from './page.js';

const list = document.getElementById('alerts');
const none = document.getElementById('no-alerts');
const announce = document.getElementById('alert-announce');
const error = document.getElementById('alert-error');
const heading = document.getElementById('alerts-heading');
const acknowledged = new Set();
let seen = null; // the ids shown so far; null before the first board, whose alerts are not "new"

/** Draws {@code board}'s alerts in {@code language}, keeping the focus on the same alert's button. */
export function renderAlerts(board, language) {
  const alerts = board.alerts.filter(a => !acknowledged.has(a.id));
  const focused = document.activeElement?.dataset?.alert;
  list.replaceChildren(...alerts.map(a => item(board, a, language)));
  none.hidden = alerts.length > 0;
  if (focused) {
    list.querySelector(`button[data-alert="${CSS.escape(focused)}"]`)?.focus();
  }
  const ids = new Set(board.alerts.map(a => a.id));
  if (seen !== null) {
    const fresh = alerts.filter(a => !seen.has(a.id));
    if (fresh.length > 0) {
      announce.textContent = fresh.map(a => translate(language, 'wallboard.newAlert',
          { alert: alertText(board, a, language) })).join(' ');
    }
  }
  seen = ids;
  // An acknowledged alert that cleared may come back later as a new one.
  for (const id of [...acknowledged]) {
    if (!ids.has(id)) {
      acknowledged.delete(id);
    }
  }
}

/** Returns the words of {@code alert}: its kind, what it is about and the limit it passed. */
export function alertText(board, alert, language) {
  const queue = board.queues.find(q => q.queue === alert.subject);
  const agent = board.agents.find(a => a.agent === alert.subject);
  const subject = queue ? (queue.names[language] ?? queue.queue) : agent ? agent.name : alert.subject;
  const limit = alert.limitSeconds < 120 ? translate(language, 'wallboard.seconds', { n: alert.limitSeconds })
      : translate(language, 'wallboard.minutes', { n: Math.round(alert.limitSeconds / 60) });
  return translate(language, 'wallboard.alert.' + alert.kind, { subject, limit });
}

function item(board, alert, language) {
  const li = document.createElement('li');
  li.className = 'gov-cc-alert';
  li.dataset.alert = alert.id;
  li.dataset.kind = alert.kind;
  const text = document.createElement('span');
  text.className = 'gov-cc-alert__text';
  const words = alertText(board, alert, language);
  const time = new Date(alert.since).toLocaleTimeString(language === 'el' ? 'el-GR' : 'en-GB',
      { timeZone: 'Europe/Athens', hour: '2-digit', minute: '2-digit', hour12: false });
  text.textContent = words + ' — ' + translate(language, 'wallboard.since', { time });
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'govgr-btn govgr-btn-secondary gov-cc-alert__ack';
  button.dataset.alert = alert.id;
  button.textContent = translate(language, 'wallboard.acknowledge');
  button.setAttribute('aria-label', translate(language, 'wallboard.acknowledgeLabel', { alert: words }));
  button.addEventListener('click', () => acknowledge(alert.id, board));
  li.append(text, button);
  return li;
}

async function acknowledge(id, board) {
  error.hidden = true;
  try {
    await request('POST', `api/supervision/alerts/${encodeURIComponent(id)}/acknowledge`, {});
  } catch (e) {
    if (e.signedOut) {
      document.dispatchEvent(new CustomEvent('govcc:signed-out'));
    }
    if (e.status !== 404) { // 404: it cleared itself meanwhile, which is as good
      error.textContent = translate(pageLanguage(), 'wallboard.action.refused', { detail: e.message });
      error.hidden = false;
      return;
    }
  }
  acknowledged.add(id);
  list.querySelector(`li[data-alert="${CSS.escape(id)}"]`)?.remove();
  none.hidden = list.children.length > 0;
  heading.focus();
}
