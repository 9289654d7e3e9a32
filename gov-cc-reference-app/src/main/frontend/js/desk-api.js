// The desktop's requests to the REST API: JSON in and out, and X-Requested-With on every one, so that a session
// that ended gets a plain 401 (AccessFilter then sends no Basic challenge and the browser prompts for nothing).
// A refusal's problem+json becomes a DeskError carrying its detail and the field at fault.

/** A refused or failed request: {@code detail} from problem+json, {@code field} at fault, or the session ended. */
export class DeskError extends Error {
  constructor(detail, status, field = null, signedOut = false) {
    super(detail);
    this.status = status;
    this.field = field;
    this.signedOut = signedOut;
  }
}

// A desk PC's clock can be minutes off the server's; the HTTP Date header (1 s resolution) corrects it. Offsets
// within that resolution are noise and would only make the timers jump.
const CLOCK_NOISE_MILLIS = 2000;
let clockOffset = 0;

/** Returns the server's time now, as milliseconds since the epoch. */
export function serverNow() {
  return Date.now() + clockOffset;
}

/**
 * Sends {@code method path} with {@code body} as JSON (none when undefined) and returns the JSON answer (null when
 * there is none). Throws DeskError for a refusal, a network failure (status 0) or a session that ended.
 */
export async function request(method, path, body = undefined, headers = {}) {
  const sent = { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest', ...headers };
  if (body !== undefined) {
    sent['Content-Type'] = 'application/json';
  }
  let response;
  try {
    response = await fetch(path, { method, headers: sent, credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body) });
  } catch (e) {
    throw new DeskError(e.message, 0);
  }
  noteServerTime(response);
  const type = response.headers.get('Content-Type') || '';
  // FORM authentication may answer a request without a session with the sign-in page instead of JSON.
  if (response.status === 401 || (response.ok && !type.includes('json') && response.status !== 204)) {
    throw new DeskError('signed out', response.status, null, true);
  }
  const data = type.includes('json') ? await response.json() : null;
  if (!response.ok) {
    throw new DeskError(data?.detail || 'HTTP ' + response.status, response.status, data?.field ?? null);
  }
  return data;
}

function noteServerTime(response) {
  const date = Date.parse(response.headers.get('Date') || '');
  if (!Number.isNaN(date)) {
    const offset = date - Date.now();
    clockOffset = Math.abs(offset) > CLOCK_NOISE_MILLIS ? offset : 0;
  }
}
