// The control room's countdown: from the server's end time, corrected for this laptop's clock.
(function () {
  'use strict';
  function tick() {
    document.querySelectorAll('.countdown[data-ends-at]').forEach(function (clock) {
      var endsAt = Number(clock.dataset.endsAt);
      if (!clock.dataset.skew) {
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
  setInterval(tick, 250);
  tick();
})();
