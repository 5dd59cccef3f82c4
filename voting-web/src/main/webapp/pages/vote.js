// The voter's page: one candidate at a time, three big buttons, a countdown that follows the server's
// deadline (corrected for this phone's clock), and reconnection on its own.
(() => {
  'use strict';
  const $ = (id) => document.getElementById(id);
  const t = OvozText.t;
  const link = location.pathname.split('/').pop();
  let deviceId = localStorage.getItem('ovoz.device');
  if (!deviceId) {
    deviceId = crypto.randomUUID ? crypto.randomUUID() : String(Date.now()) + Math.random().toString(16).slice(2);
    localStorage.setItem('ovoz.device', deviceId);
  }
  const state = { current: null, skew: 0, endsAt: null, voted: {}, status: 'connecting', code: sessionStorage.getItem('ovoz.code.' + link) };
  let socket;

  function render() {
    const data = state.current;
    $('error').textContent = '';
    if (state.status !== 'open') { $('status').textContent = t(state.status); } else if (!data) { $('status').textContent = ''; }
    if (!data) return;
    const finished = data.event_status === 'finished' || data.event_status === 'archived';
    const running = data.timer && data.timer.running && state.endsAt && state.endsAt > Date.now() + state.skew;
    $('code-form').hidden = !(data.requires_code && !state.codeAccepted);
    if (state.status === 'open') {
      $('status').textContent = finished ? t('finished') : !data.candidate ? t('noCandidate') : !running ? (data.timer.ends_at_ts ? t('timeOver') : t('waiting')) : '';
    }
    $('ballot').hidden = !data.candidate || !running || finished;
    if (!data.candidate) return;
    $('name').textContent = data.candidate.full_name;
    $('position').textContent = [data.candidate.which_position, data.candidate.degree].filter(Boolean).join(' · ');
    if (data.candidate.image) { $('photo').src = data.candidate.image; $('photo').hidden = false; } else { $('photo').hidden = true; }
    const voted = state.voted[data.candidate.id];
    document.querySelectorAll('#choices button').forEach((b) => { b.disabled = Boolean(voted); });
    $('confirmation').hidden = !voted;
    if (voted) $('confirmation').textContent = voted === 'recorded' ? t('alreadyVoted') : t('confirmed') + ': ' + t(voted);
  }

  function tick() {
    if (state.endsAt) {
      const left = Math.max(0, state.endsAt - (Date.now() + state.skew));
      $('countdown').textContent = Math.ceil(left / 1000) + ' s';
      if (left === 0 && !$('ballot').hidden) render();
    }
    requestAnimationFrame(() => setTimeout(tick, 250));
  }

  function frame(text) {
    const message = JSON.parse(text);
    switch (message.type) {
      case 'current_candidate':
        state.current = message.data;
        // The server's clock minus ours: the countdown uses the server's deadline on our clock
        state.skew = message.data.timer.server_now_ts - Date.now();
        state.endsAt = message.data.timer.ends_at_ts;
        render();
        break;
      case 'vote_confirmed':
        state.voted[message.candidate_id] = message.vote_type;
        (message.auto_voted_candidates || []).forEach((peer) => { state.voted[peer.candidate_id] = peer.vote_type; });
        render();
        break;
      case 'timer_expired':
        state.endsAt = Date.now() + state.skew;
        render();
        break;
      case 'code_accepted':
        state.codeAccepted = true;
        sessionStorage.setItem('ovoz.code.' + link, message.code);
        render();
        break;
      case 'votes_cleared':
        (message.candidate_ids || []).forEach((id) => delete state.voted[id]);
        render();
        break;
      case 'error':
        if (message.code === 'duplicate' && message.candidate_id) {
          // The server says what is on record for this phone; without it, only that a vote is there
          state.voted[message.candidate_id] = message.vote_type || state.voted[message.candidate_id] || 'recorded';
          render();
        }
        $('error').textContent = message.message;
        break;
      default:
        break;
    }
  }

  document.querySelectorAll('#choices button').forEach((button) => button.addEventListener('click', () => {
    if (!state.current || !state.current.candidate) return;
    document.querySelectorAll('#choices button').forEach((b) => { b.disabled = true; });
    socket.send(JSON.stringify({ type: 'cast_vote', vote_type: button.dataset.vote, device_id: deviceId,
      candidate_id: state.current.candidate.id, nonce: String(Date.now()) }));
  }));
  $('code-form').addEventListener('submit', (event) => {
    event.preventDefault();
    socket.send(JSON.stringify({ type: 'enter_code', code: $('code').value.trim(), device_id: deviceId }));
  });
  OvozText.onChange(render);
  OvozText.bind();
  socket = OvozSocket('/ws/vote/' + encodeURIComponent(link), {
    open: (ws) => {
      state.status = 'open';
      if (state.code) ws.send(JSON.stringify({ type: 'enter_code', code: state.code, device_id: deviceId }));
      render();
    },
    frame,
    reconnecting: (code) => { state.status = code === 4003 ? 'waiting' : 'reconnecting'; render(); },
    closed: () => { state.status = 'noCandidate'; $('status').textContent = '404'; }
  });
  render();
  tick();
})();
