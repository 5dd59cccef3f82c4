// The chat page: plain DOM, no framework. Text is only ever set with textContent, so whatever a
// member types is shown exactly as sent and never interpreted as HTML.
(() => {
  'use strict';

  const TEXT = {
    en: { title: 'Ovoz chat', language: 'Language', logout: 'Log out', signIn: 'Sign in', username: 'Username',
      password: 'Password', login: 'Log in', signup: 'Sign up', rooms: 'Rooms', roomName: 'Room name',
      participants: 'Participants (comma separated)', create: 'Create', invite: 'Invite', leave: 'Leave',
      message: 'Message', send: 'Send', connected: 'Connected', reconnecting: 'Reconnecting…', signedUp: 'Signed up; logging in…',
      offline: 'Connection lost, reconnecting… Messages are sent when it is back.', pending: 'sending…', acked: 'sent', failed: 'not sent', retry: 'Retry', unread: 'unread', today: 'Today', you: 'You' },
    ru: { title: 'Ovoz чат', language: 'Язык', logout: 'Выйти', signIn: 'Вход', username: 'Имя пользователя',
      password: 'Пароль', login: 'Войти', signup: 'Регистрация', rooms: 'Комнаты', roomName: 'Название комнаты',
      participants: 'Участники (через запятую)', create: 'Создать', invite: 'Пригласить', leave: 'Покинуть',
      message: 'Сообщение', send: 'Отправить', connected: 'Подключено', reconnecting: 'Переподключение…', signedUp: 'Регистрация выполнена; вход…',
      offline: 'Связь потеряна, переподключение… Сообщения будут отправлены после восстановления.', pending: 'отправляется…', acked: 'отправлено', failed: 'не отправлено', retry: 'Повторить', unread: 'непрочитанных', today: 'Сегодня', you: 'Вы' },
    uz: { title: 'Ovoz chat', language: 'Til', logout: 'Chiqish', signIn: 'Kirish', username: 'Foydalanuvchi nomi',
      password: 'Parol', login: 'Kirish', signup: 'Ro‘yxatdan o‘tish', rooms: 'Xonalar', roomName: 'Xona nomi',
      participants: 'Ishtirokchilar (vergul bilan)', create: 'Yaratish', invite: 'Taklif qilish', leave: 'Chiqib ketish',
      message: 'Xabar', send: 'Yuborish', connected: 'Ulangan', reconnecting: 'Qayta ulanmoqda…', signedUp: 'Ro‘yxatdan o‘tdingiz; kirilmoqda…',
      offline: 'Aloqa uzildi, qayta ulanmoqda… Xabarlar aloqa tiklanganda yuboriladi.', pending: 'yuborilmoqda…', acked: 'yuborildi', failed: 'yuborilmadi', retry: 'Qayta yuborish', unread: 'o‘qilmagan', today: 'Bugun', you: 'Siz' }
  };
  const $ = (id) => document.getElementById(id);
  const api = (path) => 'api/' + path;
  const state = { token: sessionStorage.getItem('ovoz.chat.token'), user: sessionStorage.getItem('ovoz.chat.user'),
    rooms: [], room: null, oldest: null, newest: {}, socket: null, attempts: 0, pending: {}, unread: {} };
  let lang = localStorage.getItem('ovoz.lang') || (navigator.language || 'en').slice(0, 2);
  if (!TEXT[lang]) lang = 'uz';

  function t(key) { return TEXT[lang][key] || TEXT.en[key] || key; }
  function translate() {
    document.documentElement.lang = lang;
    $('lang').value = lang;
    document.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
    document.querySelectorAll('#messages li[data-state]').forEach(markState);
    if (state.rooms.length) renderRooms();
    daySeparators();
  }

  async function call(method, path, body) {
    const headers = { 'Content-Type': 'application/json' };
    if (state.token) headers.Authorization = 'Bearer ' + state.token;
    const response = await fetch(api(path), { method, headers, body: body ? JSON.stringify(body) : undefined });
    const json = await response.json().catch(() => ({}));
    if (response.status === 401 && state.token) logout();
    if (!response.ok) throw new Error(json.error || ('HTTP ' + response.status));
    return json;
  }

  async function authenticate(signup) {
    $('auth-error').textContent = '';
    const credentials = { username: $('username').value.trim(), password: $('password').value };
    try {
      if (signup) {
        await call('POST', 'auth/signup', credentials);
        $('auth-error').textContent = t('signedUp');
      }
      const login = await call('POST', 'auth/login', credentials);
      state.token = login.token;
      state.user = login.username;
      sessionStorage.setItem('ovoz.chat.token', state.token);
      sessionStorage.setItem('ovoz.chat.user', state.user);
      start();
    } catch (e) {
      $('auth-error').textContent = e.message;
    }
  }

  function logout() {
    sessionStorage.clear();
    state.token = null;
    if (state.socket) state.socket.close();
    location.reload();
  }

  async function start() {
    $('auth').hidden = true;
    $('chat').hidden = false;
    $('logout').hidden = false;
    await loadRooms();
    connect();
  }

  async function loadRooms() {
    state.rooms = await call('GET', 'chatrooms');
    renderRooms();
    if (state.room && !state.rooms.some((room) => room.id === state.room)) closeRoom();
  }

  function renderRooms() {
    const list = $('rooms');
    list.replaceChildren();
    state.rooms.forEach((room) => {
      const item = document.createElement('li');
      const button = document.createElement('button');
      const name = document.createElement('span');
      name.textContent = room.name;
      button.appendChild(name);
      const unread = state.unread[room.id] || 0;
      if (unread > 0) {
        const badge = document.createElement('span');
        badge.className = 'unread';
        badge.textContent = unread;
        const label = document.createElement('span');
        label.className = 'visually-hidden';
        label.textContent = ' ' + t('unread');
        badge.appendChild(label);
        button.appendChild(badge);
      }
      button.dataset.roomId = room.id;
      button.setAttribute('aria-current', String(state.room === room.id));
      button.addEventListener('click', () => openRoom(room.id));
      item.appendChild(button);
      list.appendChild(item);
    });
  }

  async function openRoom(roomId) {
    state.room = roomId;
    delete state.unread[roomId];
    renderRooms();
    const room = state.rooms.find((r) => r.id === roomId);
    $('room-title').textContent = room ? room.name + ' — ' + room.participants.join(', ') : '';
    $('room-actions').hidden = false;
    $('composer').hidden = false;
    $('messages').replaceChildren();
    document.querySelectorAll('#rooms button').forEach((b) => b.setAttribute('aria-current', String(Number(b.dataset.roomId) === roomId)));
    const page = await call('GET', 'chatrooms/' + roomId + '/messages?limit=50');
    state.oldest = page.length ? page[0].id : null;
    page.forEach((m) => show(m, false));
    // What this page sent into the room and is still unanswered shows with its state
    Object.values(state.pending).filter((f) => f.roomId === roomId).forEach((f) => outgoing(f));
    $('messages').scrollTop = $('messages').scrollHeight;
  }

  function closeRoom() {
    state.room = null;
    $('room-title').textContent = '';
    $('room-actions').hidden = true;
    $('composer').hidden = true;
    $('messages').replaceChildren();
  }

  async function older() {
    if (!state.room || state.oldest === null || state.loadingOlder) return;
    state.loadingOlder = true;
    const list = $('messages');
    const before = list.scrollHeight;
    const page = await call('GET', 'chatrooms/' + state.room + '/messages?limit=50&before=' + state.oldest);
    if (page.length) {
      state.oldest = page[0].id;
      page.slice().reverse().forEach((m) => show(m, true));
      list.scrollTop = list.scrollHeight - before;
    } else {
      state.oldest = null;
    }
    state.loadingOlder = false;
  }

  function item(senderName, text, timestamp) {
    const li = document.createElement('li');
    li.className = 'message';
    if (senderName === state.user) li.classList.add('own');
    const sender = document.createElement('span');
    sender.className = 'sender';
    sender.textContent = senderName;
    const content = document.createElement('span');
    content.className = 'content';
    content.textContent = text;
    const time = document.createElement('time');
    time.dateTime = timestamp;
    time.textContent = new Date(timestamp).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
    li.append(sender, content, time);
    return li;
  }

  function place(li, prepend) {
    const list = $('messages');
    const atBottom = list.scrollTop + list.clientHeight >= list.scrollHeight - 20;
    if (prepend) list.prepend(li); else list.appendChild(li);
    daySeparators();
    if (!prepend && atBottom) list.scrollTop = list.scrollHeight;
  }

  function show(message, prepend) {
    const known = state.newest[message.roomId] || 0;
    state.newest[message.roomId] = Math.max(known, message.id);
    if (message.roomId !== state.room) {
      // A live message in another room, newer than what this page has seen there: one more unread
      if (!prepend && message.id > known && message.sender !== state.user) {
        state.unread[message.roomId] = (state.unread[message.roomId] || 0) + 1;
        renderRooms();
      }
      return;
    }
    if (document.querySelector('#messages [data-message-id="' + message.id + '"]')) return;
    const li = item(message.sender, message.content, message.timestamp);
    li.dataset.messageId = message.id;
    place(li, prepend);
  }

  // One of this page's own messages, shown at once with its state: pending until the server's ack,
  // failed when the server refused it (with a button that sends it again under the same clientMsgId)
  function outgoing(frame) {
    let li = document.querySelector('#messages [data-client-id="' + frame.clientMsgId + '"]');
    if (!li) {
      li = item(state.user, frame.content, frame.sentAt);
      li.dataset.clientId = frame.clientMsgId;
      place(li, false);
    }
    li.dataset.state = frame.failed ? 'failed' : 'pending';
    markState(li);
  }

  function markState(li) {
    let mark = li.querySelector('.delivery');
    if (!mark) {
      mark = document.createElement('span');
      mark.className = 'delivery';
      li.appendChild(mark);
    }
    mark.replaceChildren(t(li.dataset.state));
    if (li.dataset.state === 'failed') {
      const retry = document.createElement('button');
      retry.type = 'button';
      retry.textContent = t('retry');
      retry.addEventListener('click', () => resend(li.dataset.clientId));
      mark.append(' ', retry);
    }
  }

  function acked(clientMsgId, id) {
    const frame = state.pending[clientMsgId];
    delete state.pending[clientMsgId];
    if (frame) state.newest[frame.roomId] = Math.max(state.newest[frame.roomId] || 0, id);
    const li = document.querySelector('#messages [data-client-id="' + clientMsgId + '"]');
    if (!li) return;
    const shown = document.querySelector('#messages [data-message-id="' + id + '"]');
    if (shown && shown !== li) {
      // The room's copy of the message came before the ack: it takes the place of the pending one
      li.remove();
      shown.dataset.state = 'acked';
      markState(shown);
      daySeparators();
      return;
    }
    li.dataset.messageId = id;
    li.dataset.state = 'acked';
    markState(li);
  }

  function resend(clientMsgId) {
    const frame = state.pending[clientMsgId];
    if (!frame) return;
    frame.failed = false;
    outgoing(frame);
    if (state.socket && state.socket.readyState === WebSocket.OPEN) state.socket.send(JSON.stringify(wire(frame)));
  }

  function wire(frame) {
    return { type: frame.type, roomId: frame.roomId, content: frame.content, clientMsgId: frame.clientMsgId };
  }

  // A line with the date before the first message of each day
  function daySeparators() {
    const list = $('messages');
    list.querySelectorAll('li.day').forEach((d) => d.remove());
    let last = null;
    list.querySelectorAll('li.message').forEach((li) => {
      const stamp = li.querySelector('time').dateTime;
      const day = new Date(stamp).toDateString();
      if (day !== last) {
        const separator = document.createElement('li');
        separator.className = 'day';
        separator.setAttribute('role', 'separator');
        separator.textContent = day === new Date().toDateString() ? t('today')
          : new Date(stamp).toLocaleDateString(lang, { year: 'numeric', month: 'long', day: 'numeric' });
        list.insertBefore(separator, li);
        last = day;
      }
    });
  }

  function connect() {
    const url = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host
      + location.pathname.replace(/[^/]*$/, '') + 'ws?token=' + encodeURIComponent(state.token);
    const socket = new WebSocket(url);
    state.socket = socket;
    socket.onopen = () => {
      state.attempts = 0;
      $('status').textContent = t('connected');
      $('banner').hidden = true;
    };
    // The server says "ready" once the socket receives its rooms live: only then is the gap complete
    const catchUp = async () => {
      // Ask for what was missed while away, then resend what was never acknowledged
      for (const roomId of Object.keys(state.newest)) {
        const gap = await call('GET', 'chatrooms/' + roomId + '/messages?limit=200&after=' + state.newest[roomId]).catch(() => []);
        gap.forEach((m) => show(m, false));
      }
      Object.values(state.pending).filter((frame) => !frame.failed).forEach((frame) => socket.send(JSON.stringify(wire(frame))));
    };
    socket.onmessage = (event) => {
      const frame = JSON.parse(event.data);
      if (frame.type === 'ready') catchUp();
      else if (frame.type === 'message') show(frame, false);
      else if (frame.type === 'ack') acked(frame.clientMsgId, frame.id);
      else if (frame.type === 'joined_room' || frame.type === 'left_room') loadRooms();
      else if (frame.type === 'error') {
        if (frame.clientMsgId && state.pending[frame.clientMsgId]) {
          state.pending[frame.clientMsgId].failed = true;
          outgoing(state.pending[frame.clientMsgId]);
        }
        $('room-error').textContent = frame.message;
      }
    };
    socket.onclose = (event) => {
      if (state.socket !== socket) return;
      if (event.code === 4001) { logout(); return; }
      if (!state.token) return;
      $('status').textContent = t('reconnecting');
      $('banner').hidden = false;
      // Offline: no point knocking; the browser's "online" reconnects at once
      if (state.offline) return;
      // Jittered exponential backoff, so a restarted server is not hit by every client at once
      const delay = Math.min(30000, 500 * 2 ** state.attempts++) * (0.5 + Math.random() / 2);
      state.retry = setTimeout(connect, delay);
    };
  }

  function send(event) {
    event.preventDefault();
    const content = $('content').value;
    if (!content.trim() || !state.room) return;
    const frame = { type: 'send_message', roomId: state.room, content,
      clientMsgId: (crypto.randomUUID ? crypto.randomUUID() : String(Date.now()) + Math.random()), sentAt: new Date().toISOString() };
    state.pending[frame.clientMsgId] = frame;
    $('room-error').textContent = '';
    outgoing(frame);
    if (state.socket && state.socket.readyState === WebSocket.OPEN) state.socket.send(JSON.stringify(wire(frame)));
    $('content').value = '';
  }

  async function createRoom(event) {
    event.preventDefault();
    const participants = $('room-participants').value.split(',').map((s) => s.trim()).filter(Boolean);
    try {
      const room = await call('POST', 'chatrooms', { name: $('room-name').value, participants });
      $('room-name').value = '';
      $('room-participants').value = '';
      await loadRooms();
      openRoom(room.id);
    } catch (e) { $('room-error').textContent = e.message; }
  }

  async function invite(event) {
    event.preventDefault();
    try {
      await call('POST', 'chatrooms/' + state.room + '/invite', { usernames: [$('invite-name').value.trim()] });
      $('invite-name').value = '';
      await loadRooms();
      openRoom(state.room);
    } catch (e) { $('room-error').textContent = e.message; }
  }

  async function leave() {
    try {
      await call('POST', 'chatrooms/' + state.room + '/leave');
      closeRoom();
      await loadRooms();
    } catch (e) { $('room-error').textContent = e.message; }
  }

  window.addEventListener('offline', () => {
    state.offline = true;
    if (state.socket && state.socket.readyState <= WebSocket.OPEN) state.socket.close();
  });
  window.addEventListener('online', () => {
    state.offline = false;
    if (!state.token || (state.socket && state.socket.readyState <= WebSocket.OPEN)) return;
    clearTimeout(state.retry);
    state.attempts = 0;
    connect();
  });
  $('lang').addEventListener('change', () => { lang = $('lang').value; localStorage.setItem('ovoz.lang', lang); translate(); });
  $('auth-form').addEventListener('submit', (e) => { e.preventDefault(); authenticate(false); });
  $('signup').addEventListener('click', () => authenticate(true));
  $('logout').addEventListener('click', logout);
  $('composer').addEventListener('submit', send);
  $('content').addEventListener('keydown', (e) => { if (e.key === 'Enter' && !e.shiftKey) send(e); });
  $('new-room').addEventListener('submit', createRoom);
  $('invite').addEventListener('submit', invite);
  $('leave').addEventListener('click', leave);
  $('messages').addEventListener('scroll', () => { if ($('messages').scrollTop === 0) older(); });
  translate();
  if (state.token) start();
})();
