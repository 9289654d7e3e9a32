// The staff sign-in page: the form posts to the container (FORM authentication); the container sends people back
// here with ?error when the user name or password is wrong.
import { startPage } from './page.js';

startPage();
if (new URLSearchParams(window.location.search).has('error')) {
  const alert = document.getElementById('signin-error');
  alert.hidden = false;
  document.getElementById('username').setAttribute('aria-invalid', 'true');
  document.getElementById('password').setAttribute('aria-invalid', 'true');
  alert.focus();
}
