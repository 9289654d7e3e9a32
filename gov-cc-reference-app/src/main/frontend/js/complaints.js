// The complaint form of the desktop (api/complaints): a complaint officer on a confidential line's call records a
// complaint linked to the call (never to the caller's number): its category, the workplace or employer, the account,
// referrals to the Labour Inspectorate, SOS 15900 or the police with their status, and notes. The first submit
// receives the complaint; the next ones save the changes (category, description, referrals) and append the note.
// The server decides who may do it (complaint officers only) and audits every step.
import { translate } from './i18n.js';
import { dateTime } from './desk-format.js';
import { request } from './desk-api.js';

const $ = id => document.getElementById(id);
const CATEGORIES = ['UNCLASSIFIED', 'SEXUAL_HARASSMENT', 'ABUSE', 'POWER_VIOLENCE', 'OTHER'];
const AGENCIES = ['LABOUR_INSPECTORATE', 'SOS_15900', 'POLICE'];
const REFERRAL_STATUSES = ['PLANNED', 'SENT', 'ACKNOWLEDGED', 'COMPLETED', 'DECLINED'];
const FIELDS = { category: 'complaint-category', workplace: 'complaint-workplace', narrative: 'complaint-narrative',
  note: 'complaint-note', text: 'complaint-note', status: 'complaint-submit' };

let pop = null;
let complaint = null;

/** Whether the desktop shows the complaint form (a confidential call, to a complaint officer) instead of requests. */
export function complaintMode() {
  return pop !== null;
}

/**
 * Wires the form. {@code report(error, fieldId)} shows a refusal; {@code announce(text)} says something to screen
 * readers; {@code language()} is the page's language now.
 */
export function startComplaints(report, announce, language) {
  $('complaint-form').addEventListener('submit', async e => {
    e.preventDefault();
    try {
      complaint = complaint === null ? await receive() : await update();
      complaint = await refer(complaint);
      $('complaint-note').value = '';
      renderComplaint(language());
      $('complaint-saved').focus();
      announce($('complaint-saved-text').textContent);
      report(null);
    } catch (error) {
      report(error, FIELDS[error.field] ?? (error.field?.startsWith('referral') ? 'complaint-referral-POLICE' : null));
    }
  });
}

/** Starts a new complaint for the call in {@code screenPop} ({@code officer}: the user is a complaint officer). */
export function complaintFromPop(screenPop, officer, language) {
  pop = screenPop.confidential && officer ? screenPop : null;
  complaint = null;
  for (const id of ['complaint-workplace', 'complaint-narrative', 'complaint-note']) {
    $(id).value = '';
  }
  $('complaint-category').replaceChildren();
  for (const agency of AGENCIES) {
    $('complaint-referral-' + agency).replaceChildren();
  }
  renderComplaint(language);
}

/** Draws what depends on the language and on the complaint saved so far. */
export function renderComplaint(language) {
  $('complaint-section').hidden = pop === null;
  $('request-confidential').hidden = pop === null;
  if (pop === null) {
    return;
  }
  $('request-form').hidden = true;
  $('request-no-call').hidden = true;
  $('complaint-call').textContent = translate(language, 'desk.complaint.fromCall', { call: pop.call });
  fill($('complaint-category'), CATEGORIES.map(c => [c, translate(language, 'complaint.category.' + c)]),
    complaint?.category ?? 'UNCLASSIFIED');
  for (const agency of AGENCIES) {
    const referral = complaint?.referrals?.find(r => r.agency === agency);
    fill($('complaint-referral-' + agency), [['', translate(language, 'desk.complaint.notReferred')],
      ...REFERRAL_STATUSES.map(s => [s, translate(language, 'complaint.referral.' + s)])], referral?.status ?? '');
  }
  $('complaint-submit').textContent = translate(language, complaint ? 'desk.complaint.save' : 'desk.complaint.submit');
  $('complaint-saved').hidden = complaint === null;
  $('complaint-notes-block').hidden = !complaint?.notes?.length;
  if (complaint) {
    $('complaint-saved-text').textContent = translate(language, 'desk.complaint.saved',
      { id: complaint.id, status: translate(language, 'complaint.status.' + complaint.status) });
    $('complaint-notes').replaceChildren(...(complaint.notes ?? []).map(n => {
      const li = document.createElement('li');
      li.textContent = translate(language, 'desk.complaint.noteLine',
        { at: dateTime(n.at, language), author: n.author, text: n.text });
      return li;
    }));
  }
}

/** Keeps the choice the officer made unless the page was redrawn for another complaint. */
function fill(select, options, saved) {
  const chosen = select.options.length ? select.value : saved;
  select.replaceChildren(...options.map(([value, label]) => {
    const option = document.createElement('option');
    option.value = value;
    option.textContent = label;
    return option;
  }));
  select.value = options.some(([value]) => value === chosen) ? chosen : saved;
}

async function receive() {
  const sent = { line: pop.line, call: pop.call, category: $('complaint-category').value,
    narrative: $('complaint-narrative').value.trim() };
  const workplace = $('complaint-workplace').value.trim();
  const note = $('complaint-note').value.trim();
  if (workplace) {
    sent.workplace = workplace;
  }
  if (note) {
    sent.note = note;
  }
  return request('POST', 'api/complaints', sent, { 'Idempotency-Key': idempotencyKey() });
}

async function update() {
  const path = 'api/complaints/' + encodeURIComponent(complaint.id);
  let saved = complaint;
  if ($('complaint-category').value !== saved.category) {
    saved = await request('PUT', path + '/classification', { category: $('complaint-category').value });
  }
  const workplace = $('complaint-workplace').value.trim();
  const narrative = $('complaint-narrative').value.trim();
  if (narrative !== saved.narrative || (workplace || undefined) !== saved.workplace) {
    saved = await request('PUT', path + '/description', workplace ? { workplace, narrative } : { narrative });
  }
  const note = $('complaint-note').value.trim();
  if (note) {
    saved = await request('POST', path + '/notes', { text: note });
  }
  return saved;
}

async function refer(saved) {
  for (const agency of AGENCIES) {
    const status = $('complaint-referral-' + agency).value;
    const before = saved.referrals?.find(r => r.agency === agency)?.status ?? '';
    if (status && status !== before) {
      saved = await request('PUT', 'api/complaints/' + encodeURIComponent(saved.id) + '/referrals/' + agency,
        { status });
    }
  }
  return saved;
}

/** A fresh key per complaint received: a retried POST (a lost answer) receives it once. */
function idempotencyKey() {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), b => b.toString(16).padStart(2, '0')).join('');
}
