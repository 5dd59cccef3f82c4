// The texts of the voting pages in Uzbek (Latin), Russian and English; the language comes from the
// browser unless the person picks another one, which is remembered.
window.OvozText = (() => {
  'use strict';
  const TEXT = {
    uz: { language: 'Til', connecting: 'Ulanmoqda…', reconnecting: 'Aloqa uzildi, qayta ulanmoqda…', waiting: 'Ovoz berish hali boshlanmadi',
      noCandidate: 'Nomzod tanlanmagan', yes: 'Rozi', no: 'Qarshi', neutral: 'Betaraf', confirmed: 'Ovozingiz qabul qilindi', alreadyVoted: 'Siz bu nomzod uchun ovoz bergansiz',
      remaining: 'Qolgan vaqt', timeOver: 'Ovoz berish vaqti tugadi', finished: 'Ovoz berish yakunlandi', code: 'Byulleten kodi',
      enterCode: 'Kodni kiriting', codeAccepted: 'Kod qabul qilindi', votes: 'ovoz', results: 'Natijalar', passed: 'O‘tdi',
      failed: 'O‘tmadi', hidden: 'Natijalar ovoz berish tugagach ko‘rsatiladi', group: 'Bitta lavozimga nomzodlar', total: 'Jami',
      noEvent: 'Bunday tadbir topilmadi', ballot: 'Byulleten', groupRule: 'Bitta lavozimga bir nechta nomzod: bittasiga «Rozi» (qolganlariga «Qarshi» yoziladi) yoki hammasiga «Betaraf»; «Qarshi» faqat o‘sha nomzodga tegishli.',
      candidate: 'Nomzod', outcome: 'Natija', inactive: 'Ovoz berish hozir ochiq emas',
      join: 'Ovoz berish uchun telefoningizda oching', position: 'Lavozim' },
    ru: { language: 'Язык', connecting: 'Подключение…', reconnecting: 'Связь потеряна, переподключение…', waiting: 'Голосование ещё не началось',
      noCandidate: 'Кандидат не выбран', yes: 'За', no: 'Против', neutral: 'Воздержался', confirmed: 'Ваш голос принят', alreadyVoted: 'Вы уже голосовали за этого кандидата',
      remaining: 'Осталось', timeOver: 'Время голосования истекло', finished: 'Голосование завершено', code: 'Код бюллетеня',
      enterCode: 'Ввести код', codeAccepted: 'Код принят', votes: 'голосов', results: 'Результаты', passed: 'Избран',
      failed: 'Не избран', hidden: 'Результаты будут показаны после голосования', group: 'Кандидаты на одну должность', total: 'Всего',
      noEvent: 'Такое мероприятие не найдено', ballot: 'Бюллетень', groupRule: 'Несколько кандидатов на одну должность: «За» одному (остальным запишется «Против») или «Воздержался» всем; «Против» касается только этого кандидата.',
      candidate: 'Кандидат', outcome: 'Итог', inactive: 'Голосование сейчас не открыто',
      join: 'Откройте на телефоне, чтобы голосовать', position: 'Должность' },
    en: { language: 'Language', connecting: 'Connecting…', reconnecting: 'Connection lost, reconnecting…', waiting: 'Voting has not started yet',
      noCandidate: 'No candidate selected', yes: 'Yes', no: 'No', neutral: 'Neutral', confirmed: 'Your vote has been counted', alreadyVoted: 'You have already voted for this candidate',
      remaining: 'Time left', timeOver: 'Voting time is over', finished: 'Voting has finished', code: 'Ballot code',
      enterCode: 'Enter code', codeAccepted: 'Code accepted', votes: 'votes', results: 'Results', passed: 'Passed',
      failed: 'Not passed', hidden: 'Results are shown when voting closes', group: 'Candidates for one position', total: 'Total',
      noEvent: 'No such event', ballot: 'Ballot', groupRule: 'Several candidates for one position: Yes to one (the others get No) or Neutral to all; a No concerns only that candidate.',
      candidate: 'Candidate', outcome: 'Outcome', inactive: 'Voting is not open right now',
      join: 'Open on your phone to vote', position: 'Position' }
  };
  let lang = localStorage.getItem('ovoz.lang') || (navigator.language || 'uz').slice(0, 2);
  if (!TEXT[lang]) lang = 'uz';
  const listeners = [];
  function t(key) { return TEXT[lang][key] || TEXT.en[key] || key; }
  function apply() {
    document.documentElement.lang = lang;
    document.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
    const select = document.getElementById('lang');
    if (select) select.value = lang;
    listeners.forEach((listener) => listener());
  }
  function bind() {
    const select = document.getElementById('lang');
    if (select) select.addEventListener('change', () => { lang = select.value; localStorage.setItem('ovoz.lang', lang); apply(); });
    apply();
  }
  // mm:ss, never empty: a countdown that has not started shows its full length, one that ended 00:00
  function clock(ms) {
    const seconds = Math.max(0, Math.ceil((ms || 0) / 1000));
    return String(Math.floor(seconds / 60)).padStart(2, '0') + ':' + String(seconds % 60).padStart(2, '0');
  }
  return { t, bind, clock, onChange: (listener) => listeners.push(listener) };
})();

// A WebSocket that reconnects by itself with jittered exponential backoff.
window.OvozSocket = (path, handlers) => {
  let attempts = 0;
  let stopped = false;
  let socket;
  function open() {
    socket = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + path);
    socket.onopen = () => { attempts = 0; handlers.open(socket); };
    socket.onmessage = (event) => handlers.frame(event.data);
    socket.onclose = (event) => {
      if (stopped) return;
      if (event.code === 4004) { handlers.closed(event.code); return; }
      handlers.reconnecting(event.code);
      setTimeout(open, Math.min(15000, 500 * 2 ** attempts++) * (0.5 + Math.random() / 2));
    };
  }
  open();
  return { send: (frame) => socket && socket.readyState === WebSocket.OPEN && socket.send(frame),
    // for a page with nothing more to hear: no reconnecting
    stop: () => { stopped = true; socket.close(); } };
};
