// The agent console: the tenant's open chats, kept current as chats start and are taken, and the chosen chat's
// conversation, from its first message, live; replies carry their own id, so one resent after a lost connection is
// not doubled.
(function () {
  'use strict';
  var root = document.querySelector('.chat-console');
  if (!root || !window.StompJs || !window.LoopdeskChat) { return; }
  var d = root.dataset;
  var chatId = d.chat;
  var shown = {};
  var pending = {};
  var lastSeq = 0;
  var list = document.getElementById('chat-lines');
  var board = document.getElementById('chat-board');
  var error = document.getElementById('chat-error');
  var form = document.getElementById('chat-send');
  var stateText = {WAITING: d.waiting, ACTIVE: d.active, CLOSED: d.closed};
  var readUpTo = 0;

  // the visitor has seen the agents' messages up to seq
  function readMarks(seq) {
    readUpTo = Math.max(readUpTo, seq);
    list.querySelectorAll('.chat-by-agent[data-seq]').forEach(function (item) {
      if (Number(item.dataset.seq) <= readUpTo) { LoopdeskChat.mark(item, d.read); }
    });
  }

  function fail(text) { if (error) { error.textContent = text; error.hidden = !text; } }

  function show(line) {
    if (line.clientId && pending[line.clientId]) { delete pending[line.clientId]; }
    if (shown[line.seq]) { return; }
    var item = LoopdeskChat.place(list, shown, line,
        line.authorName + ' · ' + new Date(line.sentAt).toLocaleTimeString(d.lang));
    lastSeq = Math.max(lastSeq, line.seq);
    if (line.author === 'AGENT') {
      document.getElementById('chat-state').textContent = d.active;
      LoopdeskChat.mark(item, line.seq <= readUpTo ? d.read : d.sent);
    } else {
      document.getElementById('chat-typing').hidden = true;
      reader.saw(line.seq);
    }
    item.scrollIntoView({block: 'end'});
  }

  // the chosen chat changed state: ended, with the ticket its transcript was filed on
  function shownState(chat) {
    document.getElementById('chat-state').textContent = stateText[chat.status] || chat.status;
    if (chat.status === 'CLOSED') {
      form.hidden = true;
      if (chat.ticketNumber) {
        var link = document.querySelector('#chat-ticket a');
        link.textContent = chat.ticketNumber;
        link.href = d.tickets + encodeURIComponent(chat.ticketNumber);
        document.getElementById('chat-ticket').hidden = false;
      }
    }
  }

  // a chat just given to this agent: a short tone and the tab's title say so, even with the console in the background
  function ring(chat) {
    document.title = '(' + d.incoming + ') ' + d.title;
    try {
      var audio = new (window.AudioContext || window.webkitAudioContext)();
      var tone = audio.createOscillator();
      tone.frequency.value = 880;
      tone.connect(audio.destination);
      tone.start();
      tone.stop(audio.currentTime + 0.2);
    } catch (notAllowed) { /* a browser that plays nothing before the first click: the title still says it */ }
    document.getElementById('chat-incoming').hidden = false;
    document.getElementById('chat-incoming-name').textContent = chat.visitorName;
    document.getElementById('chat-incoming-link').href = '?chat=' + chat.id;
  }
  document.addEventListener('visibilitychange', function () { if (!document.hidden) { document.title = d.title; } });

  function listed(chat) {
    var item = board.querySelector('li[data-chat="' + chat.id + '"]');
    var wasMine = item && item.dataset.agent === d.me;
    if (chat.status === 'CLOSED') {
      if (item) { item.remove(); }
      document.getElementById('chat-none').hidden = board.children.length > 0;
      return;
    }
    if (!item) {
      item = document.createElement('li');
      item.dataset.chat = chat.id;
      var link = document.createElement('a');
      link.href = '?chat=' + chat.id;
      link.textContent = chat.visitorName;
      var pill = document.createElement('span');
      pill.className = 'pill';
      var agent = document.createElement('span');
      agent.className = 'muted small';
      item.append(link, ' ', pill, ' ');
      if (chat.vip) {
        var vip = document.createElement('span');
        vip.className = 'pill vip';
        vip.textContent = 'VIP';
        item.append(vip, ' ');
      }
      item.append(agent);
      board.append(item);
    }
    item.querySelector('.pill').textContent = stateText[chat.status] || chat.status;
    item.querySelector('.muted').textContent = (chat.agentName || '')
        + (chat.escalatedAt && !chat.firstResponseAt ? ' · ' + d.late : '');
    item.classList.toggle('chat-late', Boolean(chat.escalatedAt && !chat.firstResponseAt));
    item.dataset.agent = chat.agentId == null ? '' : String(chat.agentId);
    if (!wasMine && item.dataset.agent === d.me && String(chat.id) !== chatId) { ring(chat); }
    document.getElementById('chat-none').hidden = board.children.length > 0;
  }

  var client = LoopdeskChat.client(d.socket, {'accept-language': d.lang});
  var reader = chatId ? LoopdeskChat.reader(client, chatId) : null;
  var typing = chatId && form
      ? LoopdeskChat.typing(client, chatId, form.elements.body, document.getElementById('chat-typing'))
      : null;
  client.onConnect = function () {
    fail('');
    client.subscribe(d.board, function (frame) { listed(JSON.parse(frame.body)); });
    if (!chatId) { return; }
    client.subscribe('/user/queue/errors', function (frame) { fail(JSON.parse(frame.body).message); });
    client.subscribe('/topic/chat.' + chatId, function (frame) {
      var message = JSON.parse(frame.body);
      if (message.read) {
        if (message.read === 'VISITOR') { readMarks(message.seq); }
      } else if (message.typing) {
        if (message.typing === 'VISITOR' && typing) { typing(d.typing); }
      } else if (message.author) {
        show(message);
      } else if (message.status) {
        shownState(message);
      }
    });
    client.subscribe('/app/chat.' + chatId + '.state', function (frame) {
      readMarks(JSON.parse(frame.body).chat.visitorReadSeq);
    });
    reader.again();
    client.subscribe('/app/chat.' + chatId + '.since.' + lastSeq, function (frame) {
      JSON.parse(frame.body).forEach(show);
    });
    Object.keys(pending).forEach(function (clientId) { send(clientId, pending[clientId]); });
  };
  client.activate();

  function send(clientId, body) {
    if (client.connected) {
      client.publish({destination: '/app/chat.' + chatId, body: JSON.stringify({clientId: clientId, body: body})});
    }
  }

  // the side panel: a reply template filled for this chat, or a knowledge article's link, goes into the message
  function csrf() {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    var headers = {};
    if (token && header) { headers[header.content] = token.content; }
    return headers;
  }
  function insert(text) {
    var field = form.elements.body;
    field.value = field.value ? field.value.replace(/\s*$/, '\n') + text : text;
    field.focus();
  }
  var templateButton = document.getElementById('chat-template-insert');
  if (templateButton && form) {
    templateButton.addEventListener('click', function () {
      var chosen = document.getElementById('chat-template').value;
      fetch(d.templates + encodeURIComponent(chosen), {method: 'POST', headers: csrf()})
        .then(function (response) {
          if (!response.ok) { throw new Error(response.statusText); }
          return response.text();
        })
        .then(insert)
        .catch(function (problem) { fail(problem.message); });
    });
  }
  var kb = document.getElementById('chat-kb');
  if (kb && form) {
    kb.addEventListener('submit', function (event) {
      event.preventDefault();
      var hits = document.getElementById('chat-kb-hits');
      fetch(d.articles + '?q=' + encodeURIComponent(kb.elements.q.value), {headers: {'Accept': 'application/json'}})
        .then(function (response) {
          if (!response.ok) { throw new Error(response.statusText); }
          return response.json();
        })
        .then(function (found) {
          hits.textContent = '';
          if (!found.length) {
            var none = document.createElement('li');
            none.className = 'muted';
            none.textContent = d.noArticles;
            hits.append(none);
          }
          found.forEach(function (article) {
            var item = document.createElement('li');
            var title = document.createElement('span');
            title.textContent = article.title + ' ';
            var button = document.createElement('button');
            button.type = 'button';
            button.className = 'link';
            button.textContent = d.insertLink;
            button.addEventListener('click', function () { insert(article.title + ' ' + article.url); });
            item.append(title, button);
            hits.append(item);
          });
        })
        .catch(function (problem) { fail(problem.message); });
    });
  }

  LoopdeskChat.showFile = function (picture, line) {
    picture.src = d.files + '/' + line.seq;
  };
  if (form) {
    LoopdeskChat.extras(form, function (data) {
      var headers = csrf();
      headers['Accept-Language'] = d.lang;
      return fetch(d.files, {method: 'POST', headers: headers, body: data});
    }, fail);
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var field = form.elements.body;
      var body = field.value.trim();
      if (!body) { return; }
      var clientId = LoopdeskChat.newId();
      pending[clientId] = body;
      field.value = '';
      send(clientId, body);
    });
    LoopdeskChat.enterSends(form);
    document.getElementById('chat-end').addEventListener('click', function () {
      if (client.connected) { client.publish({destination: '/app/chat.' + chatId + '.end', body: ''}); }
    });
  }
}());
