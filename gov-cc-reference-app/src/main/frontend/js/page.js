// What every page shares: the language it opens in, and the header's language switch.
import { apply, currentLanguage, otherLanguage, useLanguage } from './i18n.js';

/** Shows the page in the visitor's remembered language and wires the switch; returns that language. */
export function startPage() {
  const button = document.getElementById('language-switch');
  const language = currentLanguage();
  if (language !== document.documentElement.lang) {
    apply(language);
  }
  // The switch names the other language in that language (data-i18n "language.other"): its lang says so.
  button.lang = otherLanguage(language);
  button.addEventListener('click', () => {
    const next = otherLanguage(document.documentElement.lang);
    useLanguage(next);
    button.lang = otherLanguage(next);
  });
  return language;
}

/** Returns the language the page is shown in now. */
export function pageLanguage() {
  return document.documentElement.lang;
}

/** Returns {@code names[language]}, or another language's name marked with its lang when that one is missing. */
export function localName(names, language) {
  const element = document.createElement('span');
  const found = names[language] !== undefined ? language : Object.keys(names)[0];
  element.textContent = names[found] ?? '';
  if (found && found !== language) {
    element.lang = found;
  }
  return element;
}
