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

// The bulk bar: the page's tick box ticks every row; ticking a row means "the ticked tickets", not "all matching".
document.addEventListener('change', function (event) {
  var target = event.target;
  if (target.id === 'select-page') {
    document.querySelectorAll('input[name="numbers"][form="bulk-form"]').forEach(function (box) {
      box.checked = target.checked;
    });
  }
  if (target.id === 'select-page' || (target.name === 'numbers' && target.getAttribute('form') === 'bulk-form')) {
    var selected = document.querySelector('#bulk-form input[name="scope"][value="selected"]');
    if (selected) selected.checked = true;
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

// Keyboard shortcuts for staff ("?" lists them). A list remembers its tickets' order for this tab, so j and k on a
// ticket's page go on to the next and previous ticket of the list the agent came from.
(function () {
  var LIST = 'loopdesk.list';

  function rows() {
    return Array.prototype.slice.call(document.querySelectorAll('#queue tbody tr[id^="row-"]'));
  }

  function remembered() {
    try {
      return JSON.parse(sessionStorage.getItem(LIST)) || null;
    } catch (e) {
      return null;
    }
  }

  document.addEventListener('DOMContentLoaded', function () {
    var listed = rows();
    if (listed.length) {
      sessionStorage.setItem(LIST, JSON.stringify({
        url: location.pathname + location.search,
        numbers: listed.map(function (row) { return row.id.substring(4); })
      }));
    }
  });

  function move(step) {
    var listed = rows();
    if (listed.length) {
      var at = listed.findIndex(function (row) { return row.classList.contains('kb-current'); });
      var next = Math.max(0, Math.min(listed.length - 1, at < 0 ? 0 : at + step));
      listed.forEach(function (row) { row.classList.remove('kb-current'); });
      listed[next].classList.add('kb-current');
      var link = listed[next].querySelector('td.number a');
      if (link) link.focus();
      return;
    }
    var ticket = document.getElementById('ticket');
    var list = remembered();
    if (!ticket || !list) return;
    var here = list.numbers.indexOf(ticket.dataset.number);
    var target = here < 0 ? -1 : here + step;
    if (target >= 0 && target < list.numbers.length) {
      location.href = '/tickets/' + encodeURIComponent(list.numbers[target]);
    }
  }

  function focus(id) {
    var element = document.getElementById(id);
    if (!element) return false;
    element.scrollIntoView({block: 'center'});
    element.focus();
    return true;
  }

  document.addEventListener('keydown', function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    var help = document.getElementById('shortcuts');
    if (!help) return;
    var typing = event.target.closest('input, textarea, select, [contenteditable="true"]');
    if (typing) {
      if (event.key === 'Escape') event.target.blur();
      return;
    }
    if (help.open) return;
    var handled = true;
    switch (event.key) {
      case '?': help.showModal(); break;
      case '/': handled = focus('header-search'); break;
      case 'j': move(1); break;
      case 'k': move(-1); break;
      case 'x': {
        var current = document.querySelector('#queue tr.kb-current input[name="numbers"]');
        if (current) current.click(); else handled = false;
        break;
      }
      case 'r': handled = focus('body'); break;
      case 'n': handled = focus('note-body'); break;
      case 's': handled = focus('status'); break;
      case 'a': {
        var take = document.getElementById('take-it');
        if (take) take.click(); else handled = false;
        break;
      }
      case 'u': {
        var list = remembered();
        if (list && document.getElementById('ticket')) location.href = list.url; else handled = false;
        break;
      }
      default: handled = false;
    }
    if (handled) event.preventDefault();
  });
})();
