// The operator console page: signs in through the console, lists failures by order and
// cause, acts on them, shows an order's trace and the alerts, and reloads live.
(() => {
  'use strict';
  const $ = (id) => document.getElementById(id);
  const state = {
    token: sessionStorage.getItem('brigade.console.token'),
    user: null,
    live: null,
    busy: new Set(),
  };

  async function api(method, path, body) {
    const res = await fetch(path, {
      method,
      headers: {
        'content-type': 'application/json',
        ...(state.token ? { authorization: `Bearer ${state.token}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const data = res.status === 204 ? null : await res.json().catch(() => null);
    if (res.status === 401 && path !== '/v1/session') signOut();
    if (!res.ok) {
      const fields = (data && data.fields) || [];
      const named = fields.map((f) => `${f.field}: ${f.message}`).join('; ');
      throw new Error((data && (data.detail || data.title)) + (named ? ` (${named})` : ''));
    }
    return data;
  }

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === 'class') node.className = v;
      else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, v);
    }
    for (const c of children)
      node.append(c instanceof Node ? c : document.createTextNode(String(c ?? '')));
    return node;
  }

  const time = (iso) => new Date(iso).toLocaleString();

  function signOut() {
    sessionStorage.removeItem('brigade.console.token');
    state.token = null;
    if (state.live) state.live.close();
    $('console').hidden = true;
    $('sign-out').hidden = true;
    $('sign-in').hidden = false;
    $('who').textContent = '';
  }

  $('sign-in').addEventListener('submit', async (e) => {
    e.preventDefault();
    const form = new FormData(e.target);
    try {
      const session = await api('POST', '/v1/session', Object.fromEntries(form));
      state.token = session.token;
      sessionStorage.setItem('brigade.console.token', session.token);
      sessionStorage.setItem('brigade.console.user', session.user.name);
      start();
    } catch (err) {
      $('sign-in-error').textContent = err.message;
    }
  });
  $('sign-out').addEventListener('click', signOut);

  function filters() {
    const form = new FormData($('filters'));
    return Object.fromEntries([...form].filter(([, v]) => v !== ''));
  }

  async function loadFailures() {
    const query = new URLSearchParams(filters()).toString();
    const { items } = await api('GET', `/v1/failures?${query}`);
    const body = $('failures');
    body.replaceChildren(...items.map(row));
    $('empty').hidden = items.length > 0;
    state.shown = items;
  }

  function row(f) {
    const actions = f.actions.map((a) =>
      el('button', { class: `act act-${a}`, 'data-action': a, onclick: () => act(f, a) }, label(a)),
    );
    return el(
      'tr',
      { 'data-failure': f.id, class: `status-${f.status}` },
      el('td', {}, time(f.lastFailedAt)),
      el('td', {}, f.service),
      el(
        'td',
        {},
        el('a', { href: '#', onclick: (e) => (e.preventDefault(), showDetail(f.id)) }, f.subject),
      ),
      el('td', { class: `cause cause-${f.cause}` }, f.cause),
      el('td', { class: 'error' }, f.error),
      el('td', {}, f.attempts),
      el(
        'td',
        {},
        f.orderId
          ? el(
              'a',
              {
                href: '#',
                class: 'order',
                onclick: (e) => (e.preventDefault(), showTrace(f.orderId)),
              },
              f.orderId.slice(-8),
            )
          : '—',
      ),
      el('td', { class: 'status' }, f.status),
      el('td', {}, ...actions),
    );
  }

  const label = (a) =>
    ({ resend: 'Re-send', discard: 'Discard', refund: 'Refund', 'fix-and-resend': 'Fix…' })[a];

  function reason(action) {
    const given = $('reason').value.trim();
    if (given.length >= 3) return given;
    if (action === 'resend') return 'Re-sent from the console';
    throw new Error('Give a reason (at least 3 characters) first');
  }

  async function act(f, action) {
    $('action-error').textContent = '';
    if (action === 'fix-and-resend') return showDetail(f.id, true);
    if (state.busy.has(f.id)) return;
    state.busy.add(f.id);
    try {
      await api('POST', `/v1/failures/${f.id}/actions`, {
        action,
        reason: reason(action),
        occurrence: f.occurrences,
      });
    } catch (err) {
      $('action-error').textContent = err.message;
    } finally {
      state.busy.delete(f.id);
      await refresh();
    }
  }

  async function bulk(action) {
    $('action-error').textContent = '';
    try {
      const filter = filters();
      delete filter.status;
      const { items } = await api('POST', '/v1/failures/bulk-actions', {
        action,
        reason: reason(action),
        filter,
      });
      const failed = items.filter((i) => i.outcome !== 'resent' && i.outcome !== 'discarded');
      if (failed.length)
        $('action-error').textContent =
          `${failed.length} could not be done: ${failed.map((i) => i.outcome).join(', ')}`;
    } catch (err) {
      $('action-error').textContent = err.message;
    }
    await refresh();
  }
  $('bulk-resend').addEventListener('click', () => bulk('resend'));
  $('bulk-discard').addEventListener('click', () => bulk('discard'));

  async function showDetail(id, fixing = false) {
    const f = await api('GET', `/v1/failures/${id}`);
    state.detail = f;
    $('detail').hidden = false;
    $('detail-id').textContent = `${f.subject} · ${f.status}`;
    $('detail-payload').textContent = JSON.stringify(f.payload, null, 2);
    $('detail-history').replaceChildren(
      ...f.history.map((h) =>
        el('li', {}, `${time(h.at)} ${h.actor} ${h.action}: ${h.reason} → ${h.outcome}`),
      ),
    );
    const canFix = f.actions.includes('fix-and-resend');
    $('fix').hidden = !(canFix && fixing);
    if (canFix && fixing) $('fix-payload').value = JSON.stringify(fixTemplate(f), null, 2);
  }

  // What the operator edits: a dead letter's event payload, or a marketplace order's SKU mappings.
  function fixTemplate(f) {
    if (f.source === 'marketplace-order') return { mappings: [{ sku: '', productId: '' }] };
    return (f.payload && f.payload.payload) || {};
  }

  $('fix-send').addEventListener('click', async () => {
    const f = state.detail;
    $('action-error').textContent = '';
    try {
      const payload = JSON.parse($('fix-payload').value);
      await api('POST', `/v1/failures/${f.id}/actions`, {
        action: 'fix-and-resend',
        reason: reason('fix-and-resend'),
        payload,
        occurrence: f.occurrences,
      });
      $('fix').hidden = true;
    } catch (err) {
      $('action-error').textContent = err.message;
    }
    await refresh();
  });

  async function showTrace(orderId) {
    $('trace-form').elements.orderId.value = orderId;
    const { items } = await api('GET', `/v1/orders/${orderId}/trace`);
    $('trace').replaceChildren(
      ...items.map((t) =>
        el(
          'li',
          { class: `trace-${t.kind}` },
          `${time(t.at)} · ${t.service} · ${t.kind} ${t.name}${t.summary ? ` — ${t.summary}` : ''}`,
        ),
      ),
    );
  }
  $('trace-form').addEventListener('submit', (e) => {
    e.preventDefault();
    showTrace(e.target.elements.orderId.value.trim()).catch(
      (err) => ($('action-error').textContent = err.message),
    );
  });
  $('filters').addEventListener('submit', (e) => {
    e.preventDefault();
    loadFailures();
  });

  async function loadAlerts() {
    const { items } = await api('GET', '/v1/alerts?status=open');
    $('alert-count').textContent = items.length ? `(${items.length} open)` : '';
    $('alerts').replaceChildren(
      ...items.map((a) =>
        el(
          'li',
          { 'data-alert': a.id },
          el('span', { class: 'kind' }, a.kind),
          `${a.message} · since ${time(a.raisedAt)}${a.occurrences > 1 ? ` · ${a.occurrences}×` : ''} `,
          el('button', { class: 'ack', onclick: () => ack(a.id) }, 'Acknowledge'),
        ),
      ),
    );
  }

  async function ack(id) {
    await api('POST', `/v1/alerts/${id}/acknowledge`, {}).catch(
      (err) => ($('action-error').textContent = err.message),
    );
    await refresh();
  }

  async function refresh() {
    await Promise.all([loadFailures(), loadAlerts()]).catch(
      (err) => ($('action-error').textContent = err.message),
    );
    if (state.detail && !$('detail').hidden)
      await showDetail(state.detail.id, !$('fix').hidden).catch(() => {});
  }

  function follow() {
    if (state.live) state.live.close();
    const live = new EventSource(`/v1/live?access_token=${encodeURIComponent(state.token)}`);
    live.addEventListener('ready', () => $('live').classList.replace('off', 'on'));
    live.addEventListener('changed', () => refresh());
    live.onerror = () => $('live').classList.replace('on', 'off');
    state.live = live;
  }

  function start() {
    $('sign-in').hidden = true;
    $('console').hidden = false;
    $('sign-out').hidden = false;
    $('who').textContent = sessionStorage.getItem('brigade.console.user') || '';
    follow();
    refresh();
  }

  if (state.token) start();
  else signOut();
})();
