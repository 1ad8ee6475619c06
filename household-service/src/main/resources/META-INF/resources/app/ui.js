// Small helpers shared by the screens: building elements, the API with the session's token, money as đồng.
import { t } from './i18n.js';
import { NeedsSignIn, Offline } from './sync.js';

export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v == null || v === false) { continue; }
    if (k.startsWith('on')) { el.addEventListener(k.slice(2), v); } else if (k === 'text') { el.textContent = v; } else { el.setAttribute(k, v === true ? '' : v); }
  }
  for (const c of children.flat()) {
    if (c != null && c !== false) { el.append(c instanceof Node ? c : document.createTextNode(String(c))); }
  }
  return el;
}

export function screen(name, ...children) {
  const main = document.getElementById('view');
  main.dataset.screen = name;
  main.replaceChildren(...children);
  window.scrollTo(0, 0);
}

export const vnd = (n) => (n == null ? '' : Number(n).toLocaleString('vi-VN') + ' đ');
export const badge = (state) => h('span', { class: 'badge ' + state.toLowerCase(), 'data-state': state }, t(state));

/** A call of the registry's API with the session's token; no network is Offline, an expired sign-in NeedsSignIn. */
export async function api(session, path, options) {
  let r;
  try {
    r = await fetch(path, Object.assign({}, options, { headers: Object.assign({ Accept: 'application/json',
      Authorization: 'Bearer ' + session.accessToken }, (options && options.headers) || {}) }));
  } catch (e) {
    throw new Offline();
  }
  if (r.status === 401) { throw new NeedsSignIn(); }
  const body = await r.json().catch(() => null);
  if (!r.ok) {
    const e = new Error((body && (body.detail || body.title)) || String(r.status));
    e.problem = body;
    throw e;
  }
  return body;
}

/** A labelled field; its input is named so that a correction can be found by the field the registry names. */
export function field(label, input) {
  return h('label', { class: 'field' }, h('span', {}, label), input);
}

export function notice(text, kind) {
  return h('p', { class: 'notice ' + (kind || ''), role: 'status' }, text);
}
