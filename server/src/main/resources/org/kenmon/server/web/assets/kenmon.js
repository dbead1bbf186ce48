// Progressive enhancement only: every page works without this file.
// htmx posts carry the session's CSRF token from the page's meta tag.
document.addEventListener('htmx:configRequest', function (e) {
  var meta = document.querySelector('meta[name="csrf-token"]');
  if (meta) { e.detail.headers['X-CSRF-Token'] = meta.content; }
});
