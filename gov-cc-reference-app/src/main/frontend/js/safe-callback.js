// The safe-callback form of the desktop (api/complaints/callbacks): during a call of the confidential line, the
// complaint officer arranges the callback the caller consents to, in the window the caller says is safe. No number is
// shown or sent: the line dials the caller withheld, from the sealed form its SIP edge keeps of the number. The
// server checks the consent, the window and that the officer is talking on the call, and audits the arrangement.
import { translate } from './i18n.js';
import { dateTime } from './desk-format.js';
import { request } from './desk-api.js';

const $ = id => document.getElementById(id);
const FIELDS = { from: 'safe-callback-from', until: 'safe-callback-until', consent: 'safe-callback-consent',
  call: 'safe-callback-submit' };

let call = null;
let arranged = null;

/**
 * Wires the form. {@code report(error, fieldId)} shows a refusal; {@code announce(text)} says something to screen
 * readers; {@code language()} is the page's language now.
 */
export function startSafeCallbacks(report, announce, language) {
  $('safe-callback-form').addEventListener('submit', async e => {
    e.preventDefault();
    try {
      arranged = await request('POST', 'api/complaints/callbacks', { call, from: $('safe-callback-from').value,
        until: $('safe-callback-until').value, consent: $('safe-callback-consent').checked });
      renderSafeCallback(call, false, language());
      $('safe-callback-arranged').focus();
      announce($('safe-callback-arranged-text').textContent);
      report(null);
    } catch (error) {
      report(error, FIELDS[error.field] ?? 'safe-callback-submit');
    }
  });
}

/**
 * Draws the part for confidential call {@code callId} (null: none, hidden): the form while the officer is
 * {@code talking} on it and nothing is arranged yet, then what was arranged.
 */
export function renderSafeCallback(callId, talking, language) {
  if (callId !== call) {
    call = callId;
    arranged = null;
    $('safe-callback-form').reset();
  }
  $('safe-callback').hidden = call === null || (!talking && arranged === null);
  $('safe-callback-form').hidden = arranged !== null;
  $('safe-callback-arranged').hidden = arranged === null;
  if (arranged) {
    $('safe-callback-arranged-text').textContent = translate(language, 'desk.safeCallback.arranged',
      { from: dateTime(arranged.from, language), until: dateTime(arranged.until, language) });
  }
}
