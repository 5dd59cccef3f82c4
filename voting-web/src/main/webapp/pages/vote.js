// The voter's page: the current candidate, or every candidate of its group on one screen, three big
// buttons per candidate, a mm:ss countdown that follows the server's deadline (corrected for this
// phone's clock), the voter's own choice as the server recorded it, the final results, and
// reconnection on its own.
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
  const state = { current: null, skew: 0, endsAt: null, voted: {}, pending: {}, status: 'connecting',
    code: sessionStorage.getItem('ovoz.code.' + link), finals: null, finalsAsked: false };
  let socket;

  function candidates(data) {
    return data.candidate ? [data.candidate].concat(data.related_candidates || []) : [];
  }

  function finished(data) {
    return data.event_status === 'finished' || data.event_status === 'archived';
  }

  function running(data) {
    return Boolean(data.timer && data.timer.running && state.endsAt && state.endsAt > Date.now() + state.skew);
  }

  function statusText(data) {
    if (finished(data)) return t('finished');
    if (!data.candidate) return data.event_status === 'pending' ? t('waiting') : t('noCandidate');
    if (running(data)) return '';
    return data.timer.ends_at_ts ? t('timeOver') : '';
  }

  function render() {
    $('banner').hidden = state.status !== 'reconnecting' && state.status !== 'connecting';
    $('banner').textContent = $('banner').hidden ? '' : t(state.status);
    if (state.status === 'inactive' && state.ended) state.current = { event_status: 'finished', candidate: null, timer: {} };
    const data = state.current;
    if (!data) {
      $('status').textContent = state.status === 'gone' ? t('noEvent') : state.status === 'inactive' ? t('waiting') : '';
      return;
    }
    const needsCode = data.requires_code && !state.codeAccepted && !finished(data);
    $('code-form').hidden = !needsCode;
    $('status').textContent = statusText(data);
    const open = running(data) && !finished(data);
    const waiting = Boolean(data.candidate) && !data.timer.ends_at_ts && !finished(data);
    $('waiting').hidden = !waiting;
    $('ballot').hidden = !open || needsCode;
    $('clock').hidden = !data.candidate || finished(data);
    $('results').hidden = !(finished(data) && state.finals);
    renderWaiting(data, waiting);
    renderRows(data);
    if (finished(data)) askFinals();
    renderFinals();
  }

  function renderWaiting(data, waiting) {
    const list = $('waiting-names');
    list.replaceChildren();
    if (!waiting) return;
    candidates(data).forEach((candidate) => {
      const item = document.createElement('li');
      item.textContent = candidate.full_name;
      list.appendChild(item);
    });
  }

  function renderRows(data) {
    const list = candidates(data);
    const rows = $('rows');
    const group = list.length > 1;
    $('group-rule').hidden = !group;
    $('ballot').classList.toggle('grouped', group);
    const wanted = list.map((c) => String(c.id)).join(',');
    if (rows.dataset.ids !== wanted) {
      rows.replaceChildren();
      list.forEach((candidate, index) => rows.appendChild(row(candidate, index === 0)));
      rows.dataset.ids = wanted;
    }
    list.forEach((candidate) => {
      const section = rows.querySelector('[data-candidate="' + candidate.id + '"]');
      section.querySelector('.name').textContent = candidate.full_name;
      section.querySelector('.position').textContent = [candidate.which_position, candidate.degree].filter(Boolean).join(' · ');
      const photo = section.querySelector('.photo');
      if (candidate.image) { photo.src = candidate.image; photo.alt = candidate.full_name; photo.hidden = false; } else { photo.hidden = true; }
      const voted = state.voted[candidate.id];
      section.querySelectorAll('.choices button').forEach((button) => {
        button.textContent = t(button.dataset.vote);
        button.disabled = Boolean(voted) || Boolean(state.pending[candidate.id]);
        button.setAttribute('aria-pressed', String(voted === button.dataset.vote));
      });
      section.classList.toggle('decided', Boolean(voted));
      const confirmation = section.querySelector('.confirmed');
      confirmation.hidden = !voted;
      confirmation.textContent = !voted ? '' : voted === 'recorded' ? t('alreadyVoted') : t('confirmed') + ': ' + t(voted);
    });
  }

  function row(candidate, first) {
    const section = $('row-template').content.firstElementChild.cloneNode(true);
    section.dataset.candidate = candidate.id;
    const nameId = 'name-' + candidate.id;
    section.querySelector('.name').id = nameId;
    section.setAttribute('aria-labelledby', nameId);
    if (first) {
      // The current candidate keeps the ids the page always had
      section.querySelector('.choices').id = 'choices';
      section.querySelector('.confirmed').id = 'confirmation';
    }
    section.querySelectorAll('.choices button').forEach((button) => button.addEventListener('click', () => cast(candidate.id, button.dataset.vote)));
    return section;
  }

  function cast(candidateId, voteType) {
    if (state.voted[candidateId] || state.pending[candidateId]) return;
    state.pending[candidateId] = voteType;
    $('error').textContent = '';
    socket.send(JSON.stringify({ type: 'cast_vote', vote_type: voteType, device_id: deviceId,
      candidate_id: candidateId, nonce: String(Date.now()) + '-' + candidateId }));
    render();
  }

  // The voter channel says only that the event finished; the final table is what the hall's display
  // shows, asked for once on the display channel of the same link.
  function askFinals() {
    if (state.finalsAsked) return;
    state.finalsAsked = true;
    const ws = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/ws/display/' + encodeURIComponent(link));
    ws.onmessage = (event) => {
      const message = JSON.parse(event.data);
      if (message.type !== 'display_update') return;
      ws.close();
      if (message.data.event_status !== 'finished') {
        // not over yet: asked again when the voter channel next turns this phone away
        state.finalsAsked = false;
        return;
      }
      state.ended = true;
      state.finals = message.data.final_results || [];
      state.status = 'inactive';
      socket.stop();
      render();
    };
    ws.onerror = () => { state.finalsAsked = false; };
  }

  function renderFinals() {
    const body = $('result-rows');
    body.replaceChildren();
    (state.finals || []).forEach((standing) => {
      const tr = document.createElement('tr');
      const r = standing.vote_results || { yes: 0, no: 0, neutral: 0 };
      const name = document.createElement('th');
      name.scope = 'row';
      name.textContent = standing.candidate.full_name;
      tr.appendChild(name);
      [r.yes, r.no, r.neutral, standing.passed ? t('passed') : t('failed')].forEach((value) => {
        const cell = document.createElement('td');
        cell.textContent = value;
        tr.appendChild(cell);
      });
      tr.className = standing.passed ? 'passed' : 'failed';
      body.appendChild(tr);
    });
  }

  function tick() {
    const data = state.current;
    let left = 0;
    if (state.endsAt) {
      left = Math.max(0, state.endsAt - (Date.now() + state.skew));
    } else if (data && data.timer) {
      left = data.timer.duration_sec * 1000;
    }
    $('countdown').textContent = OvozText.clock(left);
    $('clock').classList.toggle('ending', state.endsAt && left > 0 && left <= 5000);
    if (state.endsAt && left === 0 && !$('ballot').hidden) render();
    setTimeout(tick, 250);
  }

  function frame(text) {
    const message = JSON.parse(text);
    switch (message.type) {
      case 'current_candidate':
        if (!state.current || !message.data.candidate || !state.current.candidate || state.current.candidate.id !== message.data.candidate.id) {
          $('error').textContent = '';
        }
        state.current = message.data;
        // The server's clock minus ours: the countdown uses the server's deadline on our clock
        state.skew = message.data.timer.server_now_ts - Date.now();
        state.endsAt = message.data.timer.ends_at_ts;
        render();
        break;
      case 'vote_confirmed':
        delete state.pending[message.candidate_id];
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
        (message.candidate_ids || []).forEach((id) => { delete state.voted[id]; delete state.pending[id]; });
        render();
        break;
      case 'error':
        if (message.code === 'duplicate' && message.candidate_id) {
          // The server says what is on record for this phone; without it, only that a vote is there
          state.voted[message.candidate_id] = message.vote_type || state.voted[message.candidate_id] || 'recorded';
        }
        // A refusal ends every vote in flight: the buttons of what is not on record come back
        state.pending = {};
        render();
        $('error').textContent = message.message;
        break;
      default:
        break;
    }
  }

  $('code-form').addEventListener('submit', (event) => {
    event.preventDefault();
    socket.send(JSON.stringify({ type: 'enter_code', code: $('code').value.trim(), device_id: deviceId }));
  });
  OvozText.onChange(() => { render(); });
  OvozText.bind();
  socket = OvozSocket('/ws/vote/' + encodeURIComponent(link), {
    open: (ws) => {
      state.status = 'open';
      // Votes in flight when the line dropped are answered on no socket: their buttons come back
      state.pending = {};
      if (state.code) ws.send(JSON.stringify({ type: 'enter_code', code: state.code, device_id: deviceId }));
      render();
    },
    frame,
    reconnecting: (code) => {
      // 4003: the event is not running (not yet started, or over). A browser may report a refusal
      // at the handshake as 1006 instead, so after any close the display channel says whether it is over.
      state.status = code === 4003 ? 'inactive' : 'reconnecting';
      askFinals();
      render();
    },
    closed: () => { state.status = 'gone'; render(); }
  });
  render();
  tick();
})();
