// The brand's one-line embed: <script src="https://desk.example.com/js/chat-widget.js" data-tenant="acme" async></script>
// adds a chat button that opens the desk's visitor chat for that tenant in a panel (an iframe, so the brand's page
// and the chat never share scripts or cookies). Optional: data-channel labels where the widget sits (官网, 小程序 …),
// data-team (a team's name) and data-skill route the chat to that team's agents or to agents with that skill;
// data-lang, data-label.
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !script.dataset.tenant) { return; }
  var origin = new URL(script.src, location.href).origin;
  var label = script.dataset.label || (navigator.language.indexOf('zh') === 0 ? '在线客服' : 'Chat with us');
  var button = document.createElement('button');
  button.type = 'button';
  button.textContent = label;
  button.setAttribute('aria-expanded', 'false');
  button.style.cssText = 'position:fixed;right:16px;bottom:16px;z-index:2147483000;padding:10px 16px;border:0;'
      + 'border-radius:20px;background:#0f6e6e;color:#fff;font:15px sans-serif;cursor:pointer;box-shadow:0 2px 8px rgba(0,0,0,.25)';
  var frame = null;
  button.addEventListener('click', function () {
    if (!frame) {
      frame = document.createElement('iframe');
      frame.title = label;
      var query = new URLSearchParams();
      ['lang', 'team', 'skill', 'channel'].forEach(function (name) {
        if (script.dataset[name]) { query.set(name, script.dataset[name]); }
      });
      frame.src = origin + '/chat/w/' + encodeURIComponent(script.dataset.tenant)
          + (query.toString() ? '?' + query.toString() : '');
      frame.style.cssText = 'position:fixed;right:16px;bottom:68px;z-index:2147483000;width:min(380px,calc(100vw - 32px));'
          + 'height:min(560px,calc(100vh - 96px));border:1px solid #d8dde4;border-radius:8px;background:#fff;'
          + 'box-shadow:0 4px 16px rgba(0,0,0,.2)';
      document.body.append(frame);
    } else {
      frame.hidden = !frame.hidden;
    }
    button.setAttribute('aria-expanded', String(!frame.hidden));
  });
  document.body.append(button);
}());
