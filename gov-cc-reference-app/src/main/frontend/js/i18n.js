// Every string the pages show, in Greek (the default) and English. One module for both uses: build.mjs writes the
// Greek into the pages (so they read right before any script runs), and the browser switches language in place.

import { DESK_MESSAGES } from './i18n-desk.js';
import { REPORT_MESSAGES } from './i18n-reports.js';
import { WALLBOARD_MESSAGES } from './i18n-wallboard.js';

export const LANGUAGES = Object.freeze(['el', 'en']);
export const DEFAULT_LANGUAGE = 'el';
const STORAGE_KEY = 'govcc.language';

const MESSAGES = {
  el: {
    'site.name': 'Υπουργείο Εργασίας — Γραμμή εξυπηρέτησης πολιτών',
    'skip': 'Μετάβαση στο κύριο περιεχόμενο',
    'language.other': 'English',
    'signOut': 'Αποσύνδεση',
    'loading': 'Φόρτωση…',
    'error': 'Δεν ήταν δυνατή η ενημέρωση ({detail}).',
    'status.pageTitle': 'Κατάσταση γραμμών — Υπουργείο Εργασίας',
    'status.title': 'Κατάσταση γραμμών τώρα',
    'status.caption': 'Οι γραμμές εξυπηρέτησης και αν είναι ανοιχτές αυτή τη στιγμή',
    'status.line': 'Γραμμή',
    'status.number': 'Αριθμός',
    'status.state': 'Κατάσταση',
    'status.open': 'Ανοιχτή',
    'status.closed': 'Κλειστή',
    'status.opens': 'ανοίγει {when}',
    'reason.OUTSIDE_HOURS': 'εκτός ωραρίου',
    'reason.PUBLIC_HOLIDAY': 'αργία',
    'reason.EXTRA_CLOSURE': 'έκτακτο κλείσιμο',
    'signin.pageTitle': 'Σύνδεση — Υπουργείο Εργασίας',
    'signin.title': 'Σύνδεση προσωπικού',
    'signin.intro': 'Για εκπροσώπους και επόπτες της γραμμής.',
    'signin.username': 'Όνομα χρήστη',
    'signin.password': 'Κωδικός πρόσβασης',
    'signin.submit': 'Σύνδεση',
    'signin.errorTitle': 'Η σύνδεση απέτυχε',
    'signin.error': 'Λάθος όνομα χρήστη ή κωδικός πρόσβασης.',
  },
  en: {
    'site.name': 'Ministry of Labour — Citizen service line',
    'skip': 'Skip to main content',
    'language.other': 'Ελληνικά',
    'signOut': 'Sign out',
    'loading': 'Loading…',
    'error': 'Could not update ({detail}).',
    'status.pageTitle': 'Line status — Ministry of Labour',
    'status.title': 'Lines now',
    'status.caption': 'The service lines and whether they are open at this moment',
    'status.line': 'Line',
    'status.number': 'Number',
    'status.state': 'Status',
    'status.open': 'Open',
    'status.closed': 'Closed',
    'status.opens': 'opens {when}',
    'reason.OUTSIDE_HOURS': 'outside opening hours',
    'reason.PUBLIC_HOLIDAY': 'public holiday',
    'reason.EXTRA_CLOSURE': 'closed by decision',
    'signin.pageTitle': 'Sign in — Ministry of Labour',
    'signin.title': 'Staff sign-in',
    'signin.intro': 'For the line\'s agents and supervisors.',
    'signin.username': 'User name',
    'signin.password': 'Password',
    'signin.submit': 'Sign in',
    'signin.errorTitle': 'Sign-in failed',
    'signin.error': 'Wrong user name or password.',
  },
};

// The agent desktop, the reports page and the wallboard keep their strings in modules of their own.
for (const language of LANGUAGES) {
  Object.assign(MESSAGES[language], DESK_MESSAGES[language], REPORT_MESSAGES[language], WALLBOARD_MESSAGES[language]);
}

/** Returns the text of {@code key} in {@code language}, with {name} placeholders filled from {@code params}. */
export function translate(language, key, params = {}) {
  const text = MESSAGES[language]?.[key];
  if (text === undefined) {
    // A missing string is a bug to see at once, not an empty space on the page.
    throw new Error(`no ${language} text for "${key}"`);
  }
  return text.replace(/\{(\w+)\}/g, (match, name) => String(params[name] ?? match));
}

/**
 * Returns the text of a code the server sends ({@code prefix + code}, e.g. an agent state). A code newer than this
 * module shows as itself, with a console warning: a wallboard must not stop drawing for a missing word.
 */
export function translateCode(language, prefix, code) {
  if (MESSAGES[language]?.[prefix + code] === undefined) {
    console.warn(`no ${language} text for "${prefix + code}"`);
    return code;
  }
  return translate(language, prefix + code);
}

/** Returns the language the visitor chose last time, or Greek. */
export function currentLanguage() {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return LANGUAGES.includes(stored) ? stored : DEFAULT_LANGUAGE;
  } catch (e) {
    return DEFAULT_LANGUAGE; // storage refused (private mode, policy): the page still works, in Greek
  }
}

/** Remembers {@code language}, shows the page in it and tells the page's own script (event govcc:language). */
export function useLanguage(language) {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch (e) {
    // not remembered, but still applied
  }
  apply(language);
  document.dispatchEvent(new CustomEvent('govcc:language', { detail: language }));
}

/** Writes every data-i18n element's text, and the page's lang, in {@code language}. */
export function apply(language) {
  document.documentElement.lang = language;
  for (const element of document.querySelectorAll('[data-i18n]')) {
    element.textContent = translate(language, element.dataset.i18n);
  }
}

/** Returns the other language of the two, the one the switch offers. */
export function otherLanguage(language) {
  return language === 'el' ? 'en' : 'el';
}
