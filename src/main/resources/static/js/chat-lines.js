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
      body.textContent = line.body;
      item.append(head, body);
      var later = Object.keys(shown).map(Number).filter(function (seq) { return seq > line.seq; })
          .sort(function (a, b) { return a - b; });
      list.insertBefore(item, later.length ? shown[later[0]] : list.querySelector('.chat-pending'));
      shown[line.seq] = item;
      return item;
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
