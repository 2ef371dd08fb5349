// htmx requests carry the CSRF token like forms do; Spring Security refuses them otherwise.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// A reason box appears only for the status changes that need one.
document.addEventListener('change', function (event) {
  var select = event.target.closest('select[data-reason-for]');
  if (!select) return;
  var option = select.options[select.selectedIndex];
  var box = document.getElementById(select.dataset.reasonFor);
  if (box) {
    var needed = option && option.dataset.needsReason === 'true';
    box.hidden = !needed;
    var input = box.querySelector('textarea, input');
    if (input) input.required = needed;
  }
});

// "Go back" links on error pages: a script, not a javascript: URL, which the Content-Security-Policy forbids.
document.addEventListener('click', function (event) {
  var back = event.target.closest('a[data-action="back"]');
  if (!back) return;
  event.preventDefault();
  history.back();
});
