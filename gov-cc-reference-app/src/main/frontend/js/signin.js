// The staff sign-in page: the form posts to the container (FORM authentication). After a wrong user name or
// password the container shows this page again as its error page: as signin.html?error, or forwarded at the
// j_security_check address itself (Elytron forwards, so the browser's URL has no ?error).
import { startPage } from './page.js';

startPage();
const failed = new URLSearchParams(window.location.search).has('error')
    || window.location.pathname.endsWith('/j_security_check');
if (failed) {
  const alert = document.getElementById('signin-error');
  alert.hidden = false;
  document.getElementById('username').setAttribute('aria-invalid', 'true');
  document.getElementById('password').setAttribute('aria-invalid', 'true');
  alert.focus();
}
