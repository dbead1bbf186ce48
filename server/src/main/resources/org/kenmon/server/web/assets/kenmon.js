// Progressive enhancement only: every page works without this file.
// htmx posts carry the session's CSRF token from the page's meta tag.
document.addEventListener('htmx:configRequest', function (e) {
  var meta = document.querySelector('meta[name="csrf-token"]');
  if (meta) { e.detail.headers['X-CSRF-Token'] = meta.content; }
});

// A refused form (422: the fields at fault; 403, 409) answers with the page showing what to fix:
// swap it in like a success. htmx 2 swaps no error response by default, which would show nothing.
document.addEventListener('htmx:beforeSwap', function (e) {
  var status = e.detail.xhr.status;
  if (status >= 400 && status < 500 && /text\/html/.test(e.detail.xhr.getResponseHeader('Content-Type') || '')) {
    e.detail.shouldSwap = true;
    e.detail.isError = false;
  }
});

// The sign-in link 'kenmon serve --demo' prints ends in #key=...: a fragment never reaches the
// server or its logs. Fill the form from it, drop it from the address bar and history, sign in.
// Also on 'hashchange': opening the link on the sign-in page already shown does not reload it.
function kenmonSignInFromFragment() {
  var m = /^#key=([A-Za-z0-9_-]+)$/.exec(window.location.hash);
  var input = document.getElementById('key');
  if (!m || !input || !input.form) { return; }
  history.replaceState(null, '', window.location.pathname + window.location.search);
  input.value = m[1];
  input.form.submit();
}
document.addEventListener('DOMContentLoaded', kenmonSignInFromFragment);
window.addEventListener('hashchange', kenmonSignInFromFragment);
