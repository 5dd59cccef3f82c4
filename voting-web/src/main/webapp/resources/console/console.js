// The console's live parts: the control room's countdown, and the /admin/live socket that says when
// connection counts or tallies moved, so the page re-renders them (refreshLive, a p:remoteCommand).
(function () {
  'use strict';

  function tick() {
    document.querySelectorAll('.countdown[data-ends-at]').forEach(function (clock) {
      var endsAt = Number(clock.dataset.endsAt);
      if (!clock.dataset.skew) {
        // Corrects for the difference between this laptop's clock and the server's
        clock.dataset.skew = String(Number(clock.dataset.serverNow) - Date.now());
      }
      if (!endsAt) {
        clock.textContent = clock.dataset.idle;
        return;
      }
      var left = Math.ceil((endsAt - (Date.now() + Number(clock.dataset.skew))) / 1000);
      clock.textContent = left > 0 ? Math.floor(left / 60) + ':' + String(left % 60).padStart(2, '0') : clock.dataset.closed;
    });
  }

  function listen(attempt) {
    if (typeof window.refreshLive !== 'function') {
      return;
    }
    var scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
    var socket = new WebSocket(scheme + location.host + '/admin/live');
    socket.onopen = function () {
      attempt = 0;
    };
    socket.onmessage = function () {
      window.refreshLive();
    };
    socket.onclose = function () {
      // Back off with jitter, so that a restarted server is not stormed by every open console
      var delay = Math.min(30000, 1000 * Math.pow(2, attempt)) * (0.5 + Math.random() / 2);
      setTimeout(function () { listen(attempt + 1); }, delay);
    };
  }

  setInterval(tick, 250);
  tick();
  listen(0);
})();
