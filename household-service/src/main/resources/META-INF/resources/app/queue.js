// The queue: everything saved on the device and where it stands, the sending, and each record's answer — accepted
// with its class and explanation, returned for re-survey with the reason, rejected with the fields to correct, or in
// conflict with a change made on the server.
import * as store from './store.js';
import { t, language } from './i18n.js';
import { h, screen, badge, notice, api } from './ui.js';
import * as sync from './sync.js';
import { surveyScreen, errorList } from './survey.js';
import { changeScreen } from './changes.js';
import { needsSignIn } from './app.js';

const ORDER = ['PENDING', 'SENDING', 'CONFLICT', 'REJECTED', 'RETURNED', 'ACCEPTED', 'PROPOSED'];

function describe(app, i) {
  const o = i.outcome || {};
  const li = h('li', { 'data-item': i.id, 'data-kind': i.kind, 'data-state': i.state }, badge(i.state), ' ', h('strong', {}, i.label));
  if (o.householdCode) { li.append(h('br'), h('small', { class: 'code' }, o.householdCode)); }
  if (o.computedStatus) { li.append(h('br'), h('span', { class: 'computed', 'data-status': o.computedStatus }, t(o.computedStatus))); }
  const why = language() === 'en' ? o.explanationEn : o.explanationVi;
  if (why) { li.append(h('p', { class: 'explanation' }, why)); }
  if (o.errors && o.errors.length) { li.append(errorList(o.errors)); }
  if (i.state === 'REJECTED' || i.state === 'RETURNED' || i.state === 'PENDING') {
    li.append(h('button', { class: 'edit', onclick: () => (i.kind === 'REVIEW' ? surveyScreen(app, { item: i }) : changeScreen(app, { item: i, household: i.household })) }, t('edit')));
  }
  if (i.state === 'CONFLICT') {
    li.append(h('button', { class: 'reload', onclick: () => app.online(async () => {
      // The household as it is now on the server: the officer checks the record against it and sends it again.
      const fresh = await api(app.session, '/api/v1/households/' + encodeURIComponent(i.body.householdCode));
      await store.put('households', fresh);
      const item = Object.assign({}, i, { body: Object.assign({}, i.body, { householdVersion: fresh.version }) });
      if (item.form) { item.form = Object.assign({}, item.form, { householdVersion: fresh.version }); }
      return i.kind === 'REVIEW' ? surveyScreen(app, { item, household: fresh }) : changeScreen(app, { item, household: fresh });
    }) }, t('reload')));
  }
  return li;
}

export async function queueScreen(app, options) {
  // The records of the commune signed in; another commune's wait, untouched, for its own officer.
  const items = (await store.all('queue')).filter((i) => i.communeCode === app.session.area).sort((a, b) => ORDER.indexOf(a.state) - ORDER.indexOf(b.state) || a.savedAt.localeCompare(b.savedAt));
  const status = h('p', { id: 'sync-state', role: 'status' });
  const button = h('button', { class: 'primary', id: 'sync' }, t('sync'));
  // The answers are shown on the queue if the officer is still there; a form opened meanwhile is left alone.
  const again = (o) => (document.getElementById('view').dataset.screen === 'queue' ? queueScreen(app, o) : undefined);
  const run = async () => {
    button.disabled = true;
    status.textContent = t('syncing');
    try {
      const n = await sync.run(app.session, (k) => { status.textContent = t('syncing') + ' ' + k; });
      await again({ message: t('synced') + ': ' + n });
    } catch (e) {
      if (e instanceof sync.NeedsSignIn) { await needsSignIn(); return; }
      await again({ message: e instanceof sync.Offline ? t('offline') : e.message });
    }
  };
  button.addEventListener('click', run);
  screen('queue', h('button', { onclick: () => app.home() }, t('back')), h('h2', {}, t('queue')),
    options && options.message ? notice(options.message, 'ok') : null, status, button,
    items.length ? h('ul', { class: 'list', id: 'queue' }, ...items.map((i) => describe(app, i))) : h('p', {}, t('nothing')));
  if (options && options.syncNow) { await run(); }
}
