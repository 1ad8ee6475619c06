// The commune app: sign-in, the commune's download, and the home screen that leads to the survey, the changes, the
// queue and the chair's view. Everything it shows offline comes from IndexedDB (store.js).
import * as store from './store.js';
import * as auth from './auth.js';
import { t, toggle, apply, language } from './i18n.js';
import { h, screen, api, notice } from './ui.js';
import { NeedsSignIn, Offline } from './sync.js';
import { surveyScreen, householdsScreen } from './survey.js';
import { changeScreen } from './changes.js';
import { queueScreen } from './queue.js';
import { chairScreen } from './chair.js';

const app = { session: null, config: null, message: null };

/** Records not yet answered: the commune's, or every commune's before anyone has signed in. */
async function waitingCount(area) {
  return (await store.all('queue')).filter((i) => ['PENDING', 'SENDING'].includes(i.state) && (!area || i.communeCode === area)).length;
}

function header() {
  document.getElementById('app-title').textContent = t('title');
  document.getElementById('lang').textContent = t('language');
  document.getElementById('who').textContent = app.session ? app.session.user + ' · ' + t('commune') + ' ' + app.session.area : '';
}

/** The sign-in screen; reason says why it is shown (an expired session), and the queue is never touched here. */
async function signInScreen(reason) {
  const waiting = await waitingCount();
  const parts = [h('h2', {}, t('signIn'))];
  if (reason) { parts.push(notice(t(reason))); }
  if (waiting) { parts.push(notice(waiting + ' ' + t('waiting'), 'ok')); }
  const token = h('textarea', { id: 'token', rows: 4, autocomplete: 'off' });
  const error = h('p', { class: 'errors', id: 'token-error' });
  const withToken = [h('label', { class: 'field' }, h('span', {}, t('tokenLabel')), token), error,
    h('button', { class: 'primary', id: 'use-token', onclick: async () => {
      const s = await auth.useToken(token.value).catch(() => null);
      if (!s || !auth.valid(s)) { error.textContent = t('badToken'); return; }
      app.session = s;
      home();
    } }, t('useToken'))];
  if (app.config && app.config.issuer) {
    // The province's sign-in first; a token (a test stack, a support session) under it, folded away.
    parts.push(h('button', { class: 'primary', id: 'sign-in-provider', onclick: () => auth.startCodeFlow(app.config) }, t('signInWithProvider')),
      h('details', { id: 'other-sign-in' }, h('summary', {}, t('useToken')), ...withToken));
  } else {
    parts.push(...withToken);
  }
  screen('sign-in', ...parts);
}

/** Reached when a call finds the sign-in expired: back to the sign-in, then on to what waits. */
export function needsSignIn() {
  app.session = null;
  header();
  return signInScreen('signInAgain');
}

async function download() {
  const s = app.session;
  const rounds = await api(s, '/api/v1/rounds?commune=' + s.area);
  const round = rounds.find((r) => r.status === 'OPEN') || null;
  const questionnaire = round ? await api(s, '/api/v1/standards/' + encodeURIComponent(round.standardCode) + '/questionnaire') : null;
  const households = [];
  for (let page = 0; ; page++) {
    const part = await api(s, '/api/v1/households?commune=' + s.area + '&size=500&page=' + page);
    households.push(...part);
    if (part.length < 500) { break; }
  }
  const villages = [...new Set(households.map((x) => x.village).filter(Boolean))].sort((a, b) => a.localeCompare(b, 'vi'));
  const unit = await api(s, '/api/v1/units/' + s.area).catch(() => null);
  await store.saveDownload(households, { area: s.area, round, questionnaire, villages,
    communeName: unit && unit.unit ? unit.unit.name : null, downloadedAt: new Date().toISOString() });
  await store.persist();
}

/** Runs an action that may need the network; what went wrong is said on the home screen, never lost. */
export async function online(action) {
  try {
    return await action();
  } catch (e) {
    if (e instanceof NeedsSignIn) { await needsSignIn(); return undefined; }
    app.message = e instanceof Offline ? t('offline') : e.message;
    await home();
    return undefined;
  }
}

export async function home() {
  header();
  const s = app.session;
  const area = await store.get('kv', 'area');
  const round = area === s.area ? await store.get('kv', 'round') : null;
  const at = area === s.area ? await store.get('kv', 'downloadedAt') : null;
  const count = at ? (await store.all('households')).length : 0;
  const waiting = await waitingCount(s.area);
  const name = at ? await store.get('kv', 'communeName') : null;
  const parts = [h('h2', {}, name ? name + ' (' + s.area + ')' : t('commune') + ' ' + s.area)];
  if (app.message) { parts.push(notice(app.message)); app.message = null; }
  parts.push(at ? h('p', { id: 'download-state' }, t('downloaded') + ': ' + count + ' ' + t('households') + ' · '
    + new Date(at).toLocaleString(language() === 'vi' ? 'vi-VN' : 'en-GB')) : notice(t('noDownload')));
  if (round) {
    parts.push(h('p', { id: 'round' }, t('round') + ': ' + round.kind + ' ' + round.heldYear + (round.month ? '/' + round.month : '')
      + ' · ' + t('listYear') + ' ' + round.listYear + ' · ' + t('standard') + ' ' + round.standardCode + ' · ' + round.areaType));
  } else if (at) {
    parts.push(notice(t('noRound')));
  }
  const menu = h('div', { class: 'menu' });
  menu.append(h('button', { id: 'download', onclick: () => online(async () => {
    await download();
    if (document.getElementById('view').dataset.screen === 'home') { await home(); }
  }) }, t('download')));
  if (s.role === 'commune-officer' && round) {
    menu.append(h('button', { id: 'go-survey', onclick: () => householdsScreen(app, (hh) => surveyScreen(app, { household: hh })) }, t('survey')),
      h('button', { id: 'go-new', onclick: () => surveyScreen(app, { fresh: true }) }, t('newHousehold')));
  }
  if (s.role === 'commune-officer' && at) {
    menu.append(h('button', { id: 'go-changes', onclick: () => householdsScreen(app, (hh) => changeScreen(app, { household: hh })) }, t('changes')));
  }
  menu.append(h('button', { id: 'go-queue', onclick: () => queueScreen(app) }, t('queue') + ' (' + waiting + ')'));
  if (s.role === 'commune-chair') {
    menu.append(h('button', { id: 'go-chair', onclick: () => online(() => chairScreen(app)) }, t('chair')));
  }
  menu.append(h('button', { id: 'sign-out', onclick: async () => {
    // The commune's download (names, identity numbers) leaves the device with the officer; the queue stays.
    await auth.signOut();
    await store.clearDownload();
    app.session = null;
    header();
    signInScreen();
  } }, t('signOut')));
  parts.push(menu);
  screen('home', ...parts);
}
app.home = home;
app.online = online;

function showNetwork() {
  document.getElementById('net').textContent = navigator.onLine ? '' : '⚠ offline';
}

async function boot() {
  document.getElementById('lang').addEventListener('click', () => { toggle(); apply(document); app.session ? home() : signInScreen(); });
  window.addEventListener('online', showNetwork);
  window.addEventListener('offline', showNetwork);
  showNetwork();
  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('sw.js').catch((e) => console.warn('no offline shell', e));
  }
  app.config = await auth.config();
  let back = null;
  if (app.config.issuer) {
    back = await auth.finishCodeFlow(app.config).catch((e) => { app.message = t('badToken') + ' (' + e.message + ')'; return null; });
  }
  const s = back || await auth.current();
  if (!s) { header(); await signInScreen(); return; }
  // An expired sign-in still opens the app for work offline; sending asks for a new one.
  app.session = s;
  header();
  if (!auth.valid(s)) { app.message = t('signInToSend'); }
  if (back && s.role === 'commune-officer' && await waitingCount(s.area)) {
    // Back from signing in again: what waited goes up now.
    await queueScreen(app, { syncNow: true });
    return;
  }
  await home();
}

boot().then(() => { document.body.dataset.ready = 'true'; })
  .catch((e) => { document.body.dataset.ready = 'error'; console.error(e); });
