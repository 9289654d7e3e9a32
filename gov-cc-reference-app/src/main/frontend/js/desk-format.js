// How the desktop writes durations, times and dates: in the page's language, times in the line's zone (Athens).

const ZONE = 'Europe/Athens';

/** Returns {@code seconds} as m:ss, or h:mm:ss from an hour on; negative counts as zero. */
export function duration(seconds) {
  const s = Math.max(0, Math.floor(seconds));
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}

/** Returns the date and time of an ISO-8601 instant, in Athens. */
export function dateTime(iso, language) {
  return new Date(iso).toLocaleString(locale(language), { timeZone: ZONE, dateStyle: 'short', timeStyle: 'short' });
}

/** Returns the date of an ISO-8601 instant, in Athens. */
export function date(iso, language) {
  return new Date(iso).toLocaleDateString(locale(language), { timeZone: ZONE });
}

function locale(language) {
  return language === 'el' ? 'el-GR' : 'en-GB';
}
