// Sign-in. In a deployment, the platform's OIDC provider with the authorization code flow and PKCE (as the
// dashboard); on the local stack, which signs its own tokens, a token from `deploy/local/platform token`. The
// session lives in IndexedDB beside the queue but apart from it: signing in again, or out, never touches the queue.
import * as store from './store.js';

const b64url = (bytes) => btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const ROLES = ['commune-officer', 'commune-chair'];

export function claimsOf(jwt) {
  const part = jwt.split('.')[1];
  if (!part) { throw new Error('not a token'); }
  const json = decodeURIComponent(Array.from(atob(part.replace(/-/g, '+').replace(/_/g, '/')), (c) => '%' + c.charCodeAt(0).toString(16).padStart(2, '0')).join(''));
  return JSON.parse(json);
}

/** The session a token opens: who, as which role, in which commune, until when; null for a token the app cannot use. */
export function sessionOf(accessToken) {
  const c = claimsOf(accessToken);
  const groups = Array.isArray(c.groups) ? c.groups : [];
  const role = ROLES.find((r) => groups.includes(r));
  if (!role || !/^\d{5}$/.test(c.area || '')) { return null; }
  return { accessToken, role, area: c.area, user: c.preferred_username || c.upn || c.sub, expiresAt: (c.exp || 0) * 1000 };
}

export async function config() {
  const cached = await store.get('kv', 'config');
  try {
    const fresh = await (await fetch('/api/v1/app/config')).json();
    await store.put('kv', fresh, 'config');
    return fresh;
  } catch (e) {
    return cached || { issuer: null, clientId: null };
  }
}

export const current = () => store.get('kv', 'session');
export const valid = (s) => !!s && s.expiresAt > Date.now() + 30000;
export const signOut = () => store.remove('kv', 'session');

export async function useToken(token) {
  const s = sessionOf(token.trim());
  if (!s) { return null; }
  await store.put('kv', s, 'session');
  return s;
}

async function discovery(cfg) {
  return (await fetch(cfg.issuer.replace(/\/$/, '') + '/.well-known/openid-configuration')).json();
}

/** Leaves for the provider's sign-in page; the verifier and state wait in IndexedDB for the way back. */
export async function startCodeFlow(cfg) {
  const oidc = await discovery(cfg);
  const verifier = b64url(crypto.getRandomValues(new Uint8Array(32)));
  const state = b64url(crypto.getRandomValues(new Uint8Array(16)));
  await store.put('kv', { verifier, state }, 'pkce');
  const challenge = b64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  location.assign(oidc.authorization_endpoint + '?' + new URLSearchParams({ client_id: cfg.clientId,
    response_type: 'code', scope: 'openid', redirect_uri: location.origin + location.pathname, state,
    code_challenge: challenge, code_challenge_method: 'S256' }));
}

/** On the way back from the provider: trades the code for the tokens; null when this page load is not a way back. */
export async function finishCodeFlow(cfg) {
  const params = new URLSearchParams(location.search);
  const code = params.get('code');
  const pkce = await store.get('kv', 'pkce');
  if (!code || !pkce) { return null; }
  history.replaceState(null, '', location.pathname + location.hash);
  await store.remove('kv', 'pkce');
  if (params.get('state') !== pkce.state) { throw new Error('state'); }
  const oidc = await discovery(cfg);
  const r = await fetch(oidc.token_endpoint, { method: 'POST', body: new URLSearchParams({ grant_type: 'authorization_code',
    client_id: cfg.clientId, code, redirect_uri: location.origin + location.pathname, code_verifier: pkce.verifier }) });
  if (!r.ok) { throw new Error('token ' + r.status); }
  const s = sessionOf((await r.json()).access_token);
  if (!s) { throw new Error('role'); }
  await store.put('kv', s, 'session');
  return s;
}
