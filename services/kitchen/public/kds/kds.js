// The kitchen display of one station. It signs in with the station's screen key (from the
// link's #key=… once, then kept in this browser), follows the station's tickets over
// Server-Sent Events and catches up after any disconnect: EventSource resends the last
// event id, and the server replays what was missed. A ticket is kept at its highest version.
'use strict';

const stationId = location.pathname.split('/').filter(Boolean)[1];
const KEY_STORE = `brigade.kds.key.${stationId}`;
const DEVICE_STORE = 'brigade.kds.device';
const HEARTBEAT_MS = 10_000;
const RECALLABLE = 10;
const NEXT_STATUS = { pending: 'preparing', preparing: 'ready', ready: 'pending' };
const SOURCE_LABEL = {
  qr: 'QR',
  pos: 'KASSE',
  phone: 'TELEFON',
  kiosk: 'KIOSK',
  web: 'WEB',
  marketplace: 'LIEFERDIENST',
};
const TYPE_LABEL = { dine_in: 'Hier', take_out: 'Mitnahme', delivery: 'Lieferung' };

const state = {
  key: null,
  station: null,
  /** Open and recently bumped tickets by id, each at the highest version seen. */
  tickets: new Map(),
  clockSkewMs: 0,
  /** Allergen codes as this kitchen names them (from the board). */
  allergenLabels: {},
  stream: null,
};

const $ = (id) => document.getElementById(id);

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'class') node.className = value;
    else if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else if (name.startsWith('data-')) node.setAttribute(name, String(value));
    else node[name] = value;
  }
  for (const child of children.flat(Infinity)) {
    if (child !== null && child !== undefined && child !== false) node.append(child);
  }
  return node;
}

function deviceId() {
  let id = localStorage.getItem(DEVICE_STORE);
  if (!id) {
    id = Math.random().toString(36).slice(2, 12);
    localStorage.setItem(DEVICE_STORE, id);
  }
  return id;
}

async function api(method, path, body) {
  const res = await fetch(path, {
    method,
    headers: {
      'X-Screen-Key': state.key,
      ...(body ? { 'Content-Type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const date = res.headers.get('date');
  if (date) state.clockSkewMs = new Date(date).getTime() + 500 - Date.now();
  if (res.status === 401) {
    signOut('Der Schlüssel gilt nicht (mehr). Bitte den neuen eingeben.');
    throw new Error('unauthenticated');
  }
  const json = await res.json().catch(() => ({}));
  if (!res.ok) throw new Error(json.detail || json.title || `HTTP ${res.status}`);
  return json;
}

function keep(ticket) {
  const known = state.tickets.get(ticket.id);
  if (known && known.version > ticket.version) return;
  state.tickets.set(ticket.id, ticket);
}

async function loadBoard() {
  const board = await api('GET', `/v1/stations/${stationId}/board`);
  state.station = board.station;
  state.allergenLabels = board.allergenLabels;
  showHealth(board.station.health);
  document.title = `KDS ${board.station.name}`;
  $('station-name').textContent = board.station.name;
  for (const ticket of [...board.tickets, ...board.recentlyBumped]) keep(ticket);
  // Open here but neither open nor recent there (and not newer here): bumped long ago.
  const listed = new Set([...board.tickets, ...board.recentlyBumped].map((t) => t.id));
  for (const [id, ticket] of state.tickets) {
    if (!listed.has(id) && ticket.status === 'done') state.tickets.delete(id);
  }
  render();
}

function follow() {
  state.stream?.close();
  const url = `/v1/stations/${stationId}/stream?screen_key=${encodeURIComponent(state.key)}`;
  const stream = new EventSource(url);
  state.stream = stream;
  const topic = `station:${state.station.code}`;
  stream.addEventListener('ready', () => {
    setConnection('live');
    loadBoard().catch(showError);
  });
  stream.addEventListener('reset', () => {
    setConnection('live');
    state.tickets.clear();
    loadBoard().catch(showError);
  });
  stream.addEventListener(topic, (message) => {
    const entry = JSON.parse(message.data);
    if (entry.type === 'station.health') showHealth(entry.data.health);
    else keep(entry.data);
    render();
  });
  stream.addEventListener('error', () => {
    setConnection(stream.readyState === EventSource.CLOSED ? 'offline' : 'connecting');
    if (stream.readyState === EventSource.CLOSED) setTimeout(() => follow(), 3_000);
  });
}

function setConnection(status) {
  const node = $('connection');
  node.dataset.state = status;
  node.textContent = { live: 'live', connecting: 'verbinde…', offline: 'offline' }[status];
}

/** Offline means no screen or printer of this station was heard from: say so on the screen. */
function showHealth(health) {
  document.body.dataset.health = health;
}

function showError(err) {
  if (err.message !== 'unauthenticated') console.error(err);
}

function elapsed(ticket) {
  const ms = Date.now() + state.clockSkewMs - new Date(ticket.createdAt).getTime();
  const seconds = Math.max(0, Math.floor(ms / 1000));
  const text = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
  const age = seconds >= 20 * 60 ? 'very-late' : seconds >= 10 * 60 ? 'late' : 'fresh';
  return { text, age };
}

function itemNode(ticket, item) {
  const left = item.quantity - item.voidedQuantity;
  const title = `${item.name}${item.seat ? ` (P${item.seat})` : ''}`;
  return el(
    'li',
    {
      class: 'item',
      'data-item-id': item.id,
      'data-status': item.status,
      onclick: () => {
        if (item.status === 'cancelled' || ticket.status === 'done') return;
        act('POST', `/v1/tickets/${ticket.id}/items/${item.id}/status`, {
          status: NEXT_STATUS[item.status],
        });
      },
    },
    el(
      'div',
      { class: 'name' },
      item.voidedQuantity > 0 && left > 0
        ? [el('span', { class: 'struck' }, `${item.quantity}x`), ` ${left}x ${title} `]
        : `${item.quantity}x ${title}`,
      item.voidedQuantity > 0
        ? el('span', { class: 'voided' }, ` STORNO ${item.voidedQuantity}`)
        : null,
    ),
    item.modifiers.length > 0
      ? el(
          'ul',
          { class: 'modifiers' },
          item.modifiers.map((m) => el('li', {}, m)),
        )
      : null,
    item.notes ? el('div', { class: 'notes' }, `» ${item.notes}`) : null,
    item.allergens.length > 0
      ? el(
          'div',
          { class: 'allergens' },
          `Allergene: ${item.allergens.map((a) => state.allergenLabels[a] ?? a).join(', ')}`,
        )
      : null,
  );
}

function ticketNode(ticket) {
  const { text, age } = elapsed(ticket);
  const where = ticket.tableLabel
    ? `Tisch ${ticket.tableLabel}`
    : ticket.customerName
      ? `Abholung: ${ticket.customerName}`
      : '';
  const courses = new Map();
  for (const item of ticket.items) {
    const course = item.course ?? 0;
    courses.set(course, [...(courses.get(course) ?? []), item]);
  }
  return el(
    'article',
    {
      class: 'ticket',
      'data-ticket-id': ticket.id,
      'data-order-number': ticket.orderNumber,
      'data-source': ticket.channel,
      'data-age': age,
    },
    el(
      'div',
      { class: 'ticket-head' },
      el('span', { class: 'number' }, `#${ticket.orderNumber}`),
      el('span', { class: 'source' }, SOURCE_LABEL[ticket.channel] ?? ticket.channel),
      el('span', { class: 'timer' }, text),
    ),
    el('div', { class: 'where' }, `${TYPE_LABEL[ticket.type] ?? ticket.type} ${where}`.trim()),
    [...courses.keys()]
      .sort((a, b) => a - b)
      .map((course) => [
        course > 0 ? el('div', { class: 'course' }, `Gang ${course}`) : null,
        el(
          'ul',
          { class: 'items' },
          courses.get(course).map((i) => itemNode(ticket, i)),
        ),
      ]),
    el(
      'button',
      {
        class: 'bump',
        type: 'button',
        onclick: () => act('POST', `/v1/tickets/${ticket.id}/bump`),
      },
      'Fertig',
    ),
  );
}

function allDay(open) {
  const counts = new Map();
  for (const ticket of open) {
    for (const item of ticket.items) {
      if (item.status !== 'pending' && item.status !== 'preparing') continue;
      const left = item.quantity - item.voidedQuantity;
      if (left > 0) counts.set(item.name, (counts.get(item.name) ?? 0) + left);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

// Tickets are stored as their messages are handled, several at a time, so the order they were
// fired in (then their number) is what the line cooks read from left to right.
function inFireOrder(a, b) {
  return (
    a.firedAt.localeCompare(b.firedAt) ||
    a.createdAt.localeCompare(b.createdAt) ||
    a.orderNumber - b.orderNumber
  );
}

function render() {
  const all = [...state.tickets.values()];
  const open = all.filter((t) => t.status === 'open').sort(inFireOrder);
  const bumped = all
    .filter((t) => t.status === 'done')
    .sort((a, b) => (b.bumpedAt ?? '').localeCompare(a.bumpedAt ?? ''))
    .slice(0, RECALLABLE);
  $('tickets').replaceChildren(...open.map(ticketNode));
  $('all-day').replaceChildren(
    ...allDay(open).map(([name, n]) => el('li', { 'data-name': name }, `${n}× ${name}`)),
  );
  $('recall').disabled = bumped.length === 0;
  $('recalls').replaceChildren(
    ...bumped.map((t) =>
      el(
        'li',
        {},
        el(
          'button',
          {
            type: 'button',
            'data-ticket-id': t.id,
            onclick: () => act('POST', `/v1/tickets/${t.id}/recall`),
          },
          `#${t.orderNumber} ${t.tableLabel ? `Tisch ${t.tableLabel}` : (t.customerName ?? '')}`,
        ),
      ),
    ),
  );
}

async function act(method, path, body) {
  try {
    keep(await api(method, path, body));
    render();
  } catch (err) {
    showError(err);
  }
}

function heartbeat() {
  if (!state.key) return;
  api('POST', `/v1/stations/${stationId}/heartbeat`, { device: deviceId(), name: 'KDS' }).catch(
    showError,
  );
}

function signOut(message) {
  localStorage.removeItem(KEY_STORE);
  state.key = null;
  state.stream?.close();
  $('sign-in').hidden = false;
  $('sign-in-error').textContent = message ?? '';
  setConnection('offline');
}

async function start() {
  $('sign-in').hidden = true;
  await loadBoard();
  follow();
  heartbeat();
}

function init() {
  const fromLink = new URLSearchParams(location.hash.slice(1)).get('key');
  if (fromLink) {
    localStorage.setItem(KEY_STORE, fromLink);
    // The key leaves the address bar (and so screenshots and history).
    history.replaceState(null, '', location.pathname);
  }
  state.key = localStorage.getItem(KEY_STORE);
  $('sign-in-form').addEventListener('submit', (event) => {
    event.preventDefault();
    state.key = $('screen-key').value.trim();
    localStorage.setItem(KEY_STORE, state.key);
    start().catch(showError);
  });
  $('recall').addEventListener('click', () => {
    $('recalls').hidden = !$('recalls').hidden;
  });
  setInterval(() => {
    for (const node of document.querySelectorAll('.ticket')) {
      const ticket = state.tickets.get(node.dataset.ticketId);
      if (!ticket) continue;
      const { text, age } = elapsed(ticket);
      node.querySelector('.timer').textContent = text;
      node.dataset.age = age;
    }
  }, 1_000);
  setInterval(heartbeat, HEARTBEAT_MS);
  if (state.key) start().catch(showError);
  else signOut();
}

init();
