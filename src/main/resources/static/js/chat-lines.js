// What the visitor's chat page and the agent console share: the STOMP client on the chat socket, a message drawn as
// text (never as HTML), the place a message takes among those shown (by its number), and Enter to send.
(function () {
  'use strict';
  window.LoopdeskChat = {
    client: function (socketPath, headers) {
      return new StompJs.Client({
        brokerURL: (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + socketPath,
        connectHeaders: headers,
        reconnectDelay: 2000,
        heartbeatIncoming: 0,
        heartbeatOutgoing: 0
      });
    },
    // a new list item for line, headed by who; shown maps message numbers to the items already in list
    place: function (list, shown, line, who) {
      var item = document.createElement('li');
      item.className = 'chat-line chat-by-' + line.author.toLowerCase();
      item.dataset.seq = line.seq;
      var head = document.createElement('span');
      head.className = 'chat-who';
      head.textContent = who;
      var body = document.createElement('p');
      body.className = 'chat-body';
      if (line.file && LoopdeskChat.showFile) {
        // a screenshot: the page fetches it its own way (a visitor with its token, staff with their session)
        var picture = document.createElement('img');
        picture.className = 'chat-picture';
        picture.alt = line.body;
        LoopdeskChat.showFile(picture, line);
        body.append(picture);
      } else {
        body.textContent = line.body;
      }
      item.append(head, body);
      var later = Object.keys(shown).map(Number).filter(function (seq) { return seq > line.seq; })
          .sort(function (a, b) { return a - b; });
      list.insertBefore(item, later.length ? shown[later[0]] : list.querySelector('.chat-pending'));
      shown[line.seq] = item;
      return item;
    },
    // a line of one's own carries a mark: sent once the server has stored it, read once the other side has seen it
    mark: function (item, text) {
      var mark = item.querySelector('.chat-mark');
      if (!mark) {
        mark = document.createElement('span');
        mark.className = 'chat-mark';
        item.querySelector('.chat-who').append(' · ', mark);
      }
      mark.textContent = text;
    },
    // tells the server how far this side has seen the other's messages: only while the page is in view, only ever
    // higher, one report per rise
    reader: function (client, chatId) {
      var told = 0;
      var seen = 0;
      function tell() {
        if (seen > told && !document.hidden && client.connected) {
          told = seen;
          client.publish({destination: '/app/chat.' + chatId + '.read', body: JSON.stringify({seq: seen})});
        }
      }
      document.addEventListener('visibilitychange', tell);
      return {saw: function (seq) { seen = Math.max(seen, seq); tell(); }, again: function () { told = 0; tell(); }};
    },
    // "… is typing": sent at most every three seconds while this side writes; the other side's shown for four
    typing: function (client, chatId, field, shownIn) {
      var last = 0;
      var timer = null;
      field.addEventListener('input', function () {
        if (Date.now() - last > 3000 && client.connected) {
          last = Date.now();
          client.publish({destination: '/app/chat.' + chatId + '.typing', body: ''});
        }
      });
      return function (text) {
        shownIn.textContent = text;
        shownIn.hidden = false;
        clearTimeout(timer);
        timer = setTimeout(function () { shownIn.hidden = true; }, 4000);
      };
    },
    // the send form's extras: emoji into the message, and a screenshot sent at once (its line arrives like any other)
    extras: function (form, upload, fail) {
      form.querySelectorAll('[data-emoji]').forEach(function (button) {
        button.addEventListener('click', function () {
          var field = form.elements.body;
          var at = field.selectionStart == null ? field.value.length : field.selectionStart;
          field.value = field.value.slice(0, at) + button.dataset.emoji + field.value.slice(field.selectionEnd || at);
          field.focus();
        });
      });
      var picker = form.querySelector('input[type=file]');
      if (!picker) { return; }
      picker.addEventListener('change', function () {
        var file = picker.files[0];
        if (!file) { return; }
        var data = new FormData();
        data.append('file', file);
        data.append('clientId', LoopdeskChat.newId());
        upload(data).then(function (response) {
          picker.value = '';
          if (!response.ok) {
            return response.json().then(function (problem) { fail(problem.detail || response.statusText); });
          }
        }).catch(function (problem) { fail(problem.message); });
      });
    },
    newId: function () {
      return (window.crypto && crypto.randomUUID) ? crypto.randomUUID() : String(Date.now()) + Math.random();
    },
    enterSends: function (form) {
      form.elements.body.addEventListener('keydown', function (event) {
        if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
          event.preventDefault();
          form.requestSubmit();
        }
      });
    }
  };
}());
