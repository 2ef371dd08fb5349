// The visitor's side of a live chat: starts a chat, keeps its token and the last message number in this browser
// (a reload or a dropped connection resumes where it was), shows every message once by its number, and sends each
// message with its own id, so a message resent after a lost connection is not doubled.
(function () {
  'use strict';
  var root = document.getElementById('chat');
  if (!root || !window.StompJs || !window.LoopdeskChat) { return; }
  var d = root.dataset;
  var storeKey = 'loopdesk.chat.' + d.tenant;
  // the chat and its token survive a reload; what was shown is fetched again from the first message
  var state = JSON.parse(localStorage.getItem(storeKey) || 'null');
  // an app opens its user's chat with the chat's token after the #, never sent to a server: kept, then taken off
  var handed = /^#chat=(\d+)\.(ldv_[A-Za-z0-9_-]+)$/.exec(location.hash);
  if (handed) {
    state = {chatId: Number(handed[1]), token: handed[2]};
    localStorage.setItem(storeKey, JSON.stringify(state));
    history.replaceState(null, '', location.pathname + location.search);
  }
  var lastSeq = 0;
  var shown = {};
  var pending = {};
  var client = null;
  var list = document.getElementById('chat-lines');
  var status = document.getElementById('chat-status');
  var error = document.getElementById('chat-error');
  var startForm = document.getElementById('chat-start');
  var sendForm = document.getElementById('chat-send');
  var endButton = document.getElementById('chat-end');
  var transcriptForm = document.getElementById('chat-transcript');
  var finished = null;
  var typingLine = document.getElementById('chat-typing');
  var reader = null;
  var typing = null;
  var readUpTo = 0;

  // the agent has seen the visitor's messages up to seq
  function readMarks(seq) {
    readUpTo = Math.max(readUpTo, seq);
    list.querySelectorAll('.chat-by-visitor[data-seq]').forEach(function (item) {
      if (Number(item.dataset.seq) <= readUpTo) { LoopdeskChat.mark(item, d.read); }
    });
  }

  function save() { localStorage.setItem(storeKey, JSON.stringify(state)); }
  function say(text) { status.textContent = text; }
  function fail(text) { error.textContent = text; error.hidden = !text; }

  // the chat as it is now, or as it changed: given to an agent, ended, or moved up the queue
  function changed(message) {
    if (message.position) {
      say(message.waitSeconds
          ? d.queueWait.replace('{0}', message.position).replace('{1}', Math.max(1, Math.round(message.waitSeconds / 60)))
          : d.queue.replace('{0}', message.position));
    } else if (message.status === 'CLOSED') {
      ended();
    } else if (message.status === 'ACTIVE' && message.agentName) {
      say(d.joined.replace('{0}', message.agentName));
    }
  }

  function show(line) {
    if (line.clientId && pending[line.clientId]) {
      var mine = pending[line.clientId];
      delete pending[line.clientId];
      mine.remove();
    }
    if (shown[line.seq]) { return; }
    var item = LoopdeskChat.place(list, shown, line, line.author === 'VISITOR' ? d.you : line.authorName);
    lastSeq = Math.max(lastSeq, line.seq);
    if (line.author === 'AGENT') {
      say(d.joined.replace('{0}', line.authorName));
      typingLine.hidden = true;
      reader.saw(line.seq);
    } else {
      LoopdeskChat.mark(item, line.seq <= readUpTo ? d.read : d.sent);
    }
    item.scrollIntoView({block: 'end'});
  }

  function publish(clientId, body) {
    if (client && client.connected) {
      client.publish({destination: '/app/chat.' + state.chatId, body: JSON.stringify({clientId: clientId, body: body})});
    }
  }

  // the chat is over: the conversation stays on screen, the visitor may have it mailed, the next visit starts anew
  function ended() {
    if (client) { client.deactivate(); }
    if (state) { finished = state; transcriptForm.hidden = false; }
    localStorage.removeItem(storeKey);
    state = null;
    sendForm.hidden = true;
    endButton.hidden = true;
    say(d.ended);
  }

  function connect() {
    startForm.hidden = true;
    sendForm.hidden = false;
    endButton.hidden = false;
    say(d.waiting);
    client = LoopdeskChat.client(d.socket, {'visitor-token': state.token, 'accept-language': d.lang});
    reader = LoopdeskChat.reader(client, state.chatId);
    typing = LoopdeskChat.typing(client, state.chatId, sendForm.elements.body, typingLine);
    client.onConnect = function () {
      fail('');
      client.subscribe('/user/queue/errors', function (frame) {
        var refusal = JSON.parse(frame.body);
        if (refusal.clientId && pending[refusal.clientId]) {
          pending[refusal.clientId].remove();
          delete pending[refusal.clientId];
        }
        fail(refusal.message);
      });
      client.subscribe('/topic/chat.' + state.chatId, function (frame) {
        var message = JSON.parse(frame.body);
        if (message.read) {
          if (message.read === 'AGENT') { readMarks(message.seq); }
        } else if (message.typing) {
          if (message.typing === 'AGENT') { typing(d.typing.replace('{0}', message.name)); }
        } else if (message.author) {
          show(message);
        } else {
          changed(message);
        }
      });
      client.subscribe('/app/chat.' + state.chatId + '.state', function (frame) {
        var now = JSON.parse(frame.body);
        readMarks(now.chat.agentReadSeq);
        changed(now.place || now.chat);
      });
      reader.again();
      client.subscribe('/app/chat.' + state.chatId + '.since.' + lastSeq, function (frame) {
        JSON.parse(frame.body).forEach(show);
      });
      Object.keys(pending).forEach(function (clientId) { publish(clientId, pending[clientId].dataset.body); });
    };
    client.onStompError = function (frame) {
      if (frame.headers.message === 'chat.refused.token') {
        client.deactivate();
        localStorage.removeItem(storeKey);
        state = null;
        list.textContent = '';
        shown = {};
        startForm.hidden = false;
        sendForm.hidden = true;
        endButton.hidden = true;
        say('');
        fail(d.expired);
      }
    };
    client.onWebSocketClose = function () { if (state) { say(d.offline); } };
    client.activate();
  }

  startForm.addEventListener('submit', function (event) {
    event.preventDefault();
    fail('');
    fetch(d.start, {
      method: 'POST',
      headers: {'Content-Type': 'application/json', 'Accept-Language': d.lang},
      body: JSON.stringify({tenant: d.tenant, name: startForm.elements.name.value,
        team: d.team || null, skill: d.skill || null, channel: d.channel || null})
    }).then(function (response) {
      return response.json().then(function (json) {
        if (!response.ok) { throw new Error(json.detail || response.statusText); }
        state = {chatId: json.chatId, token: json.visitorToken};
        save();
        connect();
      });
    }).catch(function (problem) { fail(problem.message); });
  });

  sendForm.addEventListener('submit', function (event) {
    event.preventDefault();
    var field = sendForm.elements.body;
    var body = field.value.trim();
    if (!body) { return; }
    var clientId = LoopdeskChat.newId();
    var item = document.createElement('li');
    item.className = 'chat-line chat-by-visitor chat-pending';
    item.dataset.body = body;
    var text = document.createElement('p');
    text.className = 'chat-body';
    text.textContent = body;
    var mark = document.createElement('span');
    mark.className = 'chat-who';
    mark.textContent = d.sending;
    item.append(mark, text);
    list.append(item);
    pending[clientId] = item;
    field.value = '';
    publish(clientId, body);
  });

  LoopdeskChat.enterSends(sendForm);
  // a screenshot is fetched with the chat's token in a header, never in its address
  LoopdeskChat.showFile = function (picture, line) {
    var token = (state || finished || {}).token;
    fetch(d.files + '/' + line.seq, {headers: {'X-Visitor-Token': token}})
      .then(function (response) { return response.ok ? response.blob() : null; })
      .then(function (blob) { if (blob) { picture.src = URL.createObjectURL(blob); } });
  };
  LoopdeskChat.extras(sendForm, function (data) {
    return fetch(d.files, {method: 'POST', headers: {'X-Visitor-Token': state.token, 'Accept-Language': d.lang},
      body: data});
  }, fail);

  transcriptForm.addEventListener('submit', function (event) {
    event.preventDefault();
    fail('');
    var email = transcriptForm.elements.email.value.trim();
    fetch(d.transcript, {
      method: 'POST',
      headers: {'Content-Type': 'application/json', 'Accept-Language': d.lang},
      body: JSON.stringify({token: finished && finished.token, email: email})
    }).then(function (response) {
      if (response.ok) {
        var done = document.getElementById('transcript-done');
        done.textContent = d.transcriptSent.replace('{0}', email);
        done.hidden = false;
        return;
      }
      return response.json().then(function (json) { throw new Error(json.detail || response.statusText); });
    }).catch(function (problem) { fail(problem.message); });
  });

  endButton.addEventListener('click', function () {
    if (client && client.connected) { client.publish({destination: '/app/chat.' + state.chatId + '.end', body: ''}); }
  });

  if (state) { connect(); }
}());
