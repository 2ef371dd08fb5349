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

// "Insert text/link" on the ticket page's knowledge panel: the server answers the text (and links the article to the
// ticket); it goes into the reply box at the cursor, on lines of its own.
document.addEventListener('htmx:afterRequest', function (event) {
  var button = event.detail.elt;
  if (!button || !button.dataset || !button.dataset.insertInto || !event.detail.successful) return;
  var box = document.getElementById(button.dataset.insertInto);
  if (!box) return;
  var text = event.detail.xhr.responseText;
  var start = box.selectionStart != null ? box.selectionStart : box.value.length;
  var end = box.selectionEnd != null ? box.selectionEnd : start;
  var before = box.value.substring(0, start);
  var after = box.value.substring(end);
  var lead = before.length === 0 || before.endsWith('\n') ? '' : '\n';
  var trail = after.length === 0 || after.startsWith('\n') ? '' : '\n';
  box.value = before + lead + text + trail + after;
  var caret = (before + lead + text).length;
  box.focus();
  box.setSelectionRange(caret, caret);
});
