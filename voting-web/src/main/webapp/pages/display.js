// The big screen: the current candidate, a large countdown that beeps in its last seconds, the live
// tally as bars (unless the event hides it while voting runs), group results and the final list.
(() => {
  'use strict';
  const $ = (id) => document.getElementById(id);
  const t = OvozText.t;
  const link = location.pathname.split('/').pop();
  const state = { data: null, skew: 0, lastBeep: null };
  let audio;

  function beep() {
    try {
      audio = audio || new (window.AudioContext || window.webkitAudioContext)();
      const tone = audio.createOscillator();
      const gain = audio.createGain();
      tone.frequency.value = 880;
      gain.gain.value = 0.2;
      tone.connect(gain).connect(audio.destination);
      tone.start();
      tone.stop(audio.currentTime + 0.15);
    } catch (e) { /* a browser without sound: the countdown still shows */ }
  }

  function tick() {
    const timer = state.data && state.data.timer;
    if (timer && timer.ends_at_ts) {
      const left = Math.max(0, timer.ends_at_ts - (Date.now() + state.skew));
      const seconds = Math.ceil(left / 1000);
      $('countdown').textContent = seconds > 0 ? OvozText.clock(left) : t('timeOver');
      $('countdown').classList.toggle('ending', seconds > 0 && seconds <= 5);
      if (seconds > 0 && seconds <= 5 && state.lastBeep !== seconds) { state.lastBeep = seconds; beep(); }
    } else {
      $('countdown').textContent = '';
    }
    setTimeout(tick, 200);
  }

  function bars(results) {
    const counts = results || { yes: 0, no: 0, neutral: 0, total: 0 };
    const max = Math.max(1, counts.yes, counts.no, counts.neutral);
    ['yes', 'no', 'neutral'].forEach((type) => {
      const bar = document.querySelector('.bar.' + type);
      bar.querySelector('.fill').style.width = (100 * counts[type] / max) + '%';
      bar.querySelector('.count').textContent = counts[type];
    });
    $('total').textContent = counts.total;
  }

  function render() {
    const data = state.data;
    if (!data) return;
    $('event-name').textContent = data.event_name;
    // Before the start: the way in, as a QR code and as the address to type
    const before = data.event_status === 'pending';
    $('join').hidden = !before;
    $('live').hidden = before;
    if (before && !$('qr').getAttribute('src')) {
      $('qr').src = '/qr/' + encodeURIComponent(link) + '.svg';
      $('short-link').textContent = location.host + '/vote/' + link;
    }
    const candidate = data.candidate;
    $('name').textContent = candidate ? candidate.full_name : (data.event_status === 'finished' ? t('finished') : t('waiting'));
    $('position').textContent = candidate ? [candidate.which_position, candidate.degree].filter(Boolean).join(' · ') : '';
    if (candidate && candidate.image) { $('photo').src = candidate.image; $('photo').hidden = false; } else { $('photo').hidden = true; }
    // Once the final table is up, the last candidate's bars would only compete with it
    const over = (data.final_results || []).length > 0;
    $('bars').hidden = data.tally_hidden || over;
    $('total').parentElement.hidden = over;
    $('hidden-note').hidden = !data.tally_hidden;
    bars(data.vote_results);
    const group = $('group');
    group.replaceChildren();
    (data.group_results || []).forEach((standing) => {
      const cell = document.createElement('div');
      const name = document.createElement('strong');
      name.textContent = standing.candidate.full_name;
      const counts = document.createElement('p');
      const r = standing.vote_results;
      counts.textContent = t('yes') + ' ' + r.yes + ' · ' + t('no') + ' ' + r.no + ' · ' + t('neutral') + ' ' + r.neutral;
      cell.append(name, counts);
      group.appendChild(cell);
    });
    const finals = data.final_results || [];
    $('final').hidden = finals.length === 0;
    const rows = $('final-rows');
    rows.replaceChildren();
    finals.forEach((standing, index) => {
      const row = document.createElement('tr');
      const r = standing.vote_results;
      [index + 1, standing.candidate.full_name, standing.candidate.which_position || '', r.yes + ' (' + standing.yes_percent + '%)',
        r.no, r.neutral, standing.passed ? t('passed') : t('failed')].forEach((value) => {
        const cell = document.createElement('td');
        cell.textContent = value;
        row.appendChild(cell);
      });
      rows.appendChild(row);
    });
  }

  OvozText.onChange(render);
  OvozText.bind();
  OvozSocket('/ws/display/' + encodeURIComponent(link), {
    open: () => { $('status').textContent = ''; },
    frame: (text) => {
      const message = JSON.parse(text);
      if (message.type === 'display_update') {
        state.data = message.data;
        state.skew = message.data.timer.server_now_ts - Date.now();
        render();
      } else if (message.type === 'timer_expired') {
        $('countdown').textContent = t('timeOver');
      }
    },
    reconnecting: () => { $('status').textContent = t('reconnecting'); },
    closed: () => { $('status').textContent = '404'; }
  });
  tick();
})();
