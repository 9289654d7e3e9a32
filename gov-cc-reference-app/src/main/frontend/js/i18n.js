// Every string the pages show, in Greek (the default) and English. One module for both uses: build.mjs writes the
// Greek into the pages (so they read right before any script runs), and the browser switches language in place.

import { REPORT_MESSAGES } from './i18n-reports.js';

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
    'wallboard.pageTitle': 'Πίνακας εποπτείας — Υπουργείο Εργασίας',
    'wallboard.title': 'Πίνακας εποπτείας',
    'wallboard.queues': 'Ουρές ανά θέμα',
    'wallboard.topic': 'Θέμα',
    'wallboard.waiting': 'Σε αναμονή',
    'wallboard.longestWait': 'Μέγιστη αναμονή',
    'wallboard.estimatedWait': 'Εκτιμώμενη αναμονή',
    'wallboard.answered': 'Απαντήθηκαν',
    'wallboard.abandoned': 'Εγκαταλείφθηκαν',
    'wallboard.serviceLevel': 'Επίπεδο εξυπηρέτησης',
    'wallboard.available': 'Διαθέσιμοι / συνδεδεμένοι',
    'wallboard.total': 'Σύνολο',
    'wallboard.belowTarget': '(κάτω από τον στόχο 80%)',
    'wallboard.agents': 'Εκπρόσωποι ανά κατάσταση',
    'wallboard.agentState': 'Κατάσταση',
    'wallboard.agentCount': 'Πλήθος',
    'wallboard.updated': 'Ενημέρωση {time} — πληρότητα {occupancy}%',
    'wallboard.notRunning': 'Η γραμμή δεν λειτουργεί αυτή τη στιγμή.',
    'wallboard.signedOut': 'Η σύνδεσή σας έληξε: ανανεώστε τη σελίδα για να συνδεθείτε ξανά.',
    'agent.LOGGED_OUT': 'Αποσυνδεδεμένοι',
    'agent.AVAILABLE': 'Διαθέσιμοι',
    'agent.RESERVED': 'Τους προσφέρεται κλήση',
    'agent.TALKING': 'Σε κλήση',
    'agent.WRAP_UP': 'Εργασία μετά την κλήση',
    'agent.ON_BREAK': 'Σε διάλειμμα',
    'signin.pageTitle': 'Σύνδεση — Υπουργείο Εργασίας',
    'signin.title': 'Σύνδεση προσωπικού',
    'signin.intro': 'Για εκπροσώπους και επόπτες της γραμμής.',
    'signin.username': 'Όνομα χρήστη',
    'signin.password': 'Κωδικός πρόσβασης',
    'signin.submit': 'Σύνδεση',
    'signin.errorTitle': 'Η σύνδεση απέτυχε',
    'signin.error': 'Λάθος όνομα χρήστη ή κωδικός πρόσβασης.',
    'desk.pageTitle': 'Επιφάνεια εργασίας εκπροσώπου — Υπουργείο Εργασίας',
    'desk.title': 'Επιφάνεια εργασίας εκπροσώπου',
    'desk.errorTitle': 'Η ενέργεια δεν έγινε',
    'desk.sessionEnded': 'Η σύνδεσή σας έληξε.',
    'desk.signInAgain': 'Συνδεθείτε ξανά',
    'desk.offline': 'Η σύνδεση με τη γραμμή διακόπηκε· γίνεται νέα προσπάθεια…',
    'desk.state.heading': 'Η κατάστασή μου',
    'desk.state.agent': 'Εκπρόσωπος',
    'desk.state.state': 'Κατάσταση',
    'desk.state.time': 'Χρόνος στην κατάσταση',
    'desk.state.phone': 'Τηλέφωνο',
    'desk.state.next': 'Μετά την κλήση',
    'desk.phone.registered': 'Συνδεδεμένο',
    'desk.phone.unregistered': 'Μη συνδεδεμένο: συνδέστε το τηλέφωνό σας για να μπείτε στη γραμμή',
    'desk.status.LOGGED_OUT': 'Εκτός γραμμής',
    'desk.status.AVAILABLE': 'Διαθέσιμος/η για κλήσεις',
    'desk.status.RESERVED': 'Προσφέρεται κλήση',
    'desk.status.TALKING': 'Σε κλήση',
    'desk.status.WRAP_UP': 'Εργασία μετά την κλήση',
    'desk.status.ON_BREAK': 'Μη διαθέσιμος/η',
    'desk.next.ready': 'Διαθέσιμος/η για κλήσεις',
    'desk.next.notReady': 'Μη διαθέσιμος/η: {reason}',
    'desk.next.signOut': 'Αποσύνδεση από τη γραμμή',
    'desk.signIn': 'Σύνδεση στη γραμμή',
    'desk.ready': 'Διαθέσιμος/η',
    'desk.reason': 'Λόγος μη διαθεσιμότητας',
    'desk.notReady': 'Μη διαθέσιμος/η',
    'desk.lineSignOut': 'Αποσύνδεση από τη γραμμή',
    'desk.nextLabel': 'Μετά από αυτή την κλήση',
    'desk.setNext': 'Ορισμός επόμενης κατάστασης',
    'desk.transfer.label': 'Μεταφορά της κλήσης σε',
    'desk.transfer.button': 'Μεταφορά',
    'desk.call.heading': 'Κλήση',
    'desk.call.none': 'Δεν υπάρχει κλήση ακόμη.',
    'desk.call.noPop': 'Τα στοιχεία της κλήσης εμφανίζονται όταν σας προσφέρεται.',
    'desk.pop.warning': 'Προσοχή',
    'desk.pop.confidential': 'Εμπιστευτική γραμμή: δεν εμφανίζεται κανένα στοιχείο του καλούντος.',
    'desk.pop.call': 'Κωδικός κλήσης',
    'desk.pop.topic': 'Θέμα',
    'desk.pop.body': 'Φορέας',
    'desk.pop.language': 'Γλώσσα',
    'desk.pop.waited': 'Αναμονή',
    'desk.pop.callback': 'Επανάκληση',
    'desk.pop.identifiers': 'ΑΜΚΑ / ΑΦΜ',
    'desk.pop.callerNumber': 'Αριθμός καλούντος',
    'desk.pop.earlierCalls': 'Προηγούμενες κλήσεις',
    'desk.pop.none': 'Κανένα',
    'desk.pop.earlier': '{at}: ουρά {queue}, εκπρόσωπος {agent}, έκβαση {code}',
    'desk.pop.openRequests': 'Ανοιχτά αιτήματα',
    'desk.pop.openRequest': '{reference}: {topic}, {status}, προθεσμία {due}',
    'desk.yes': 'Ναι',
    'desk.no': 'Όχι',
    'desk.id.amka': 'ΑΜΚΑ',
    'desk.id.afm': 'ΑΦΜ',
    'desk.id.valid': 'έγκυρος',
    'desk.id.invalid': 'μη έγκυρος',
    'desk.language.el': 'Ελληνικά',
    'desk.language.en': 'Αγγλικά',
    'desk.announce.offer': 'Νέα κλήση: {topic}, {language}.',
    'desk.announce.wrapUp': 'Η κλήση έληξε. Εργασία μετά την κλήση για {time}.',
    'desk.wrapUp.heading': 'Εργασία μετά την κλήση',
    'desk.wrapUp.remaining': 'Χρόνος που απομένει:',
    'desk.wrapUp.code': 'Έκβαση της κλήσης',
    'desk.wrapUp.required': '(υποχρεωτικό)',
    'desk.wrapUp.default': 'Αν τελειώσει ο χρόνος, καταγράφεται «{code}».',
    'desk.wrapUp.choose': 'Επιλέξτε έκβαση',
    'desk.wrapUp.end': 'Τέλος εργασίας μετά την κλήση',
    'desk.request.heading': 'Αιτήματα πολιτών',
    'desk.request.new': 'Νέο αίτημα από την κλήση',
    'desk.request.fromCall': 'Συνδέεται με την κλήση {call}.',
    'desk.request.noCall': 'Ένα αίτημα καταχωρίζεται από μια κλήση: η φόρμα εμφανίζεται εδώ μόλις σας έρθει κλήση.',
    'desk.request.topic': 'Θέμα',
    'desk.request.amka': 'ΑΜΚΑ',
    'desk.request.afm': 'ΑΦΜ',
    'desk.request.idHint': 'Συμπληρώστε ένα από τα δύο, ή κανένα.',
    'desk.request.subject': 'Τίτλος',
    'desk.request.note': 'Πρώτη σημείωση',
    'desk.request.submit': 'Καταχώριση αιτήματος',
    'desk.request.createdTitle': 'Το αίτημα καταχωρίστηκε',
    'desk.request.created': 'Αριθμός αιτήματος {reference}, προθεσμία {due}.',
    'desk.search.heading': 'Αναζήτηση αιτημάτων με ΑΜΚΑ',
    'desk.search.amka': 'ΑΜΚΑ πολίτη',
    'desk.search.submit': 'Αναζήτηση',
    'desk.search.found': 'Αιτήματα του φορέα σας: {count}.',
    'desk.search.caption': 'Αιτήματα του φορέα σας για τον ΑΜΚΑ',
    'desk.search.reference': 'Αριθμός',
    'desk.search.topic': 'Θέμα',
    'desk.search.subject': 'Τίτλος',
    'desk.search.status': 'Κατάσταση',
    'desk.search.due': 'Προθεσμία',
    'desk.search.late': '(εκπρόθεσμο)',
    'request.status.NEW': 'Νέο',
    'request.status.IN_PROGRESS': 'Σε εξέλιξη',
    'request.status.WAITING_FOR_CITIZEN': 'Αναμένεται ο πολίτης',
    'request.status.REFERRED': 'Παραπέμφθηκε',
    'request.status.RESOLVED': 'Επιλύθηκε',
    'request.status.REOPENED': 'Άνοιξε ξανά',
    'request.status.CLOSED': 'Έκλεισε',
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
    'wallboard.pageTitle': 'Supervisor wallboard — Ministry of Labour',
    'wallboard.title': 'Supervisor wallboard',
    'wallboard.queues': 'Queues by topic',
    'wallboard.topic': 'Topic',
    'wallboard.waiting': 'Waiting',
    'wallboard.longestWait': 'Longest wait',
    'wallboard.estimatedWait': 'Estimated wait',
    'wallboard.answered': 'Answered',
    'wallboard.abandoned': 'Abandoned',
    'wallboard.serviceLevel': 'Service level',
    'wallboard.available': 'Available / staffed',
    'wallboard.total': 'Total',
    'wallboard.belowTarget': '(below the 80% target)',
    'wallboard.agents': 'Agents by state',
    'wallboard.agentState': 'State',
    'wallboard.agentCount': 'Count',
    'wallboard.updated': 'Updated {time} — occupancy {occupancy}%',
    'wallboard.notRunning': 'The line is not running at the moment.',
    'wallboard.signedOut': 'You are signed out: reload the page to sign in again.',
    'agent.LOGGED_OUT': 'Logged out',
    'agent.AVAILABLE': 'Available',
    'agent.RESERVED': 'Being offered a call',
    'agent.TALKING': 'On a call',
    'agent.WRAP_UP': 'After-call work',
    'agent.ON_BREAK': 'On a break',
    'signin.pageTitle': 'Sign in — Ministry of Labour',
    'signin.title': 'Staff sign-in',
    'signin.intro': 'For the line\'s agents and supervisors.',
    'signin.username': 'User name',
    'signin.password': 'Password',
    'signin.submit': 'Sign in',
    'signin.errorTitle': 'Sign-in failed',
    'signin.error': 'Wrong user name or password.',
    'desk.pageTitle': 'Agent desktop — Ministry of Labour',
    'desk.title': 'Agent desktop',
    'desk.errorTitle': 'That did not work',
    'desk.sessionEnded': 'Your session has ended.',
    'desk.signInAgain': 'Sign in again',
    'desk.offline': 'The connection to the line was lost; trying again…',
    'desk.state.heading': 'My status',
    'desk.state.agent': 'Agent',
    'desk.state.state': 'Status',
    'desk.state.time': 'Time in this status',
    'desk.state.phone': 'Phone',
    'desk.state.next': 'After the call',
    'desk.phone.registered': 'Registered',
    'desk.phone.unregistered': 'Not registered: connect your phone to sign in to the line',
    'desk.status.LOGGED_OUT': 'Signed out of the line',
    'desk.status.AVAILABLE': 'Ready for calls',
    'desk.status.RESERVED': 'Call offered',
    'desk.status.TALKING': 'On a call',
    'desk.status.WRAP_UP': 'After-call work',
    'desk.status.ON_BREAK': 'Not ready',
    'desk.next.ready': 'Ready for calls',
    'desk.next.notReady': 'Not ready: {reason}',
    'desk.next.signOut': 'Sign out of the line',
    'desk.signIn': 'Sign in to the line',
    'desk.ready': 'Ready',
    'desk.reason': 'Reason for not being ready',
    'desk.notReady': 'Not ready',
    'desk.lineSignOut': 'Sign out of the line',
    'desk.nextLabel': 'After this call',
    'desk.setNext': 'Set the next status',
    'desk.transfer.label': 'Transfer the call to',
    'desk.transfer.button': 'Transfer',
    'desk.call.heading': 'Call',
    'desk.call.none': 'No call yet.',
    'desk.call.noPop': 'The call\'s details show when it is offered to you.',
    'desk.pop.warning': 'Warning',
    'desk.pop.confidential': 'Confidential line: nothing of the caller is shown.',
    'desk.pop.call': 'Call id',
    'desk.pop.topic': 'Topic',
    'desk.pop.body': 'Body',
    'desk.pop.language': 'Language',
    'desk.pop.waited': 'Waited',
    'desk.pop.callback': 'Callback',
    'desk.pop.identifiers': 'AMKA / AFM',
    'desk.pop.callerNumber': 'Caller\'s number',
    'desk.pop.earlierCalls': 'Earlier calls',
    'desk.pop.none': 'None',
    'desk.pop.earlier': '{at}: queue {queue}, agent {agent}, outcome {code}',
    'desk.pop.openRequests': 'Open requests',
    'desk.pop.openRequest': '{reference}: {topic}, {status}, due {due}',
    'desk.yes': 'Yes',
    'desk.no': 'No',
    'desk.id.amka': 'AMKA',
    'desk.id.afm': 'AFM',
    'desk.id.valid': 'valid',
    'desk.id.invalid': 'invalid',
    'desk.language.el': 'Greek',
    'desk.language.en': 'English',
    'desk.announce.offer': 'New call: {topic}, {language}.',
    'desk.announce.wrapUp': 'The call ended. After-call work for {time}.',
    'desk.wrapUp.heading': 'After-call work',
    'desk.wrapUp.remaining': 'Time left:',
    'desk.wrapUp.code': 'Wrap-up code',
    'desk.wrapUp.required': '(required)',
    'desk.wrapUp.default': 'If the time runs out, “{code}” is recorded.',
    'desk.wrapUp.choose': 'Choose a code',
    'desk.wrapUp.end': 'End wrap-up',
    'desk.request.heading': 'Citizen requests',
    'desk.request.new': 'New request from the call',
    'desk.request.fromCall': 'Linked to call {call}.',
    'desk.request.noCall': 'A request is opened from a call: the form shows here once a call comes to you.',
    'desk.request.topic': 'Topic',
    'desk.request.amka': 'AMKA',
    'desk.request.afm': 'AFM',
    'desk.request.idHint': 'Fill in one of the two, or neither.',
    'desk.request.subject': 'Subject',
    'desk.request.note': 'First note',
    'desk.request.submit': 'Open the request',
    'desk.request.createdTitle': 'Request opened',
    'desk.request.created': 'Reference {reference}, due {due}.',
    'desk.search.heading': 'Search requests by AMKA',
    'desk.search.amka': 'Citizen\'s AMKA',
    'desk.search.submit': 'Search',
    'desk.search.found': 'Requests of your body: {count}.',
    'desk.search.caption': 'Your body\'s requests for the AMKA',
    'desk.search.reference': 'Reference',
    'desk.search.topic': 'Topic',
    'desk.search.subject': 'Subject',
    'desk.search.status': 'Status',
    'desk.search.due': 'Due',
    'desk.search.late': '(late)',
    'request.status.NEW': 'New',
    'request.status.IN_PROGRESS': 'In progress',
    'request.status.WAITING_FOR_CITIZEN': 'Waiting for the citizen',
    'request.status.REFERRED': 'Referred',
    'request.status.RESOLVED': 'Resolved',
    'request.status.REOPENED': 'Reopened',
    'request.status.CLOSED': 'Closed',
  },
};

// The reports page keeps its strings in a module of its own (this one would pass 400 lines).
for (const language of LANGUAGES) {
  Object.assign(MESSAGES[language], REPORT_MESSAGES[language]);
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
