// Progressive enhancement only: every page works without this file.
// htmx posts carry the session's CSRF token from the page's meta tag.
document.addEventListener('htmx:configRequest', function (e) {
  var meta = document.querySelector('meta[name="csrf-token"]');
  if (meta) { e.detail.headers['X-CSRF-Token'] = meta.content; }
});

// The sign-in link 'kenmon serve --demo' prints ends in #key=...: a fragment never reaches the
// server or its logs. Fill the form from it, drop it from the address bar and history, sign in.
document.addEventListener('DOMContentLoaded', function () {
  var m = /^#key=([A-Za-z0-9_-]+)$/.exec(window.location.hash);
  var input = document.getElementById('key');
  if (!m || !input || !input.form) { return; }
  history.replaceState(null, '', window.location.pathname + window.location.search);
  input.value = m[1];
  input.form.submit();
});
