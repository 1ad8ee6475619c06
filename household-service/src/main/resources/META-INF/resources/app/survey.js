// The household survey, offline: the questionnaire of the round's standard, the class it gives shown as the officer
// types (classifier.js, the registry's own rule), and the village meeting's share; saved to the queue on the device.
import * as store from './store.js';
import { t, language, fold } from './i18n.js';
import { h, screen, field, notice, vnd } from './ui.js';
import { classify, InvalidAnswers } from './classifier.js';
import { enqueue, uuid, BeingSent } from './sync.js';

const text = (x) => (x ? x[language()] || x.vi : '');
const digits = (s) => (String(s).replace(/[\s.,đ]/g, '') === '' ? null : Number(String(s).replace(/[\s.,đ]/g, '')));

/** The downloaded households, searchable by head or village without diacritics; onPick opens one. */
export async function householdsScreen(app, onPick) {
  const all = (await store.all('households')).sort((a, b) => (a.village + a.headName).localeCompare(b.village + b.headName, 'vi'));
  const list = h('ul', { class: 'list', id: 'households' });
  const search = h('input', { id: 'search', type: 'search', placeholder: t('search') });
  const render = () => {
    const q = fold(search.value).split(/\s+/).filter(Boolean);
    const shown = all.filter((x) => q.every((w) => fold(x.headName + ' ' + x.village + ' ' + x.code).includes(w))).slice(0, 100);
    list.replaceChildren(...shown.map((x) => h('li', { 'data-code': x.code },
      h('strong', {}, x.headName || x.code), ' · ', x.village, h('br'), h('small', {}, x.code + ' · ' + t(x.status) + ' · ' + x.memberCount + ' NK'),
      h('br'), h('button', { class: 'pick', onclick: () => onPick(x) }, t('chooseHousehold')))));
  };
  search.addEventListener('input', render);
  render();
  screen('households', h('button', { onclick: () => app.home() }, t('back')), h('h2', {}, t('chooseHousehold')), search, list);
}

function today(round) {
  const d = new Date().toISOString().slice(0, 10);
  if (d < round.firstDay) { return round.firstDay; }
  return d > round.lastDay ? round.lastDay : d;
}

function memberEditor(m, village) {
  const box = h('div', { class: 'member' });
  const input = (name, type, value) => h('input', { name, type: type || 'text', value: value == null ? '' : value });
  const select = (name, options, value) => h('select', { name }, ...options.map(([v, label]) => h('option', { value: v, selected: v === value }, label)));
  box.append(
    field(t('fullName'), input('fullName', 'text', m.fullName)),
    h('div', { class: 'row' }, field(t('birthYear'), input('birthYear', 'number', m.birthYear)),
      field(t('sex'), select('sex', [['FEMALE', t('female')], ['MALE', t('male')]], m.sex))),
    h('div', { class: 'row' }, field(t('ethnicity'), input('ethnicity', 'text', m.ethnicity)),
      field(t('relation'), select('relation', ['HEAD', 'SPOUSE', 'CHILD', 'PARENT', 'GRANDCHILD', 'OTHER'].map((r) => [r, t(r)]), m.relation || 'HEAD'))),
    field(t('personalId'), input('personalId', 'text', m.personalId)),
    h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'healthInsurance', checked: m.healthInsurance !== false }), t('insured')));
  return box;
}

export function readMember(box) {
  const v = (n) => box.querySelector('[name=' + n + ']').value.trim();
  return { fullName: v('fullName'), birthYear: v('birthYear') ? Number(v('birthYear')) : null, sex: v('sex'),
    ethnicity: v('ethnicity'), relation: v('relation'), healthInsurance: box.querySelector('[name=healthInsurance]').checked,
    personalId: v('personalId') || null };
}
export { memberEditor };

function share(present, agreed) {
  if (!Number.isInteger(present) || !Number.isInteger(agreed) || present < 1 || agreed < 0 || agreed > present) { return null; }
  // Six decimals, rounded down: a share under one half never rounds up to it.
  return Math.floor((agreed * 1000000) / present) / 1000000;
}

export function errorList(errors) {
  return h('ul', { class: 'errors', id: 'field-errors' }, ...(errors || []).map((e) => h('li', { 'data-field': e.field || '' },
    (e.field ? e.field + ': ' : '') + e.message)));
}

/**
 * The survey of a registered household (options.household), of a new one (options.fresh), or the correction of a
 * queued record (options.item, with its errors shown).
 */
export async function surveyScreen(app, options) {
  const round = await store.get('kv', 'round');
  const q = await store.get('kv', 'questionnaire');
  const villages = (await store.get('kv', 'villages')) || [];
  const item = options.item || null;
  const body = item ? (item.form || item.body) : {};
  const household = options.household || (body.householdCode ? await store.get('households', body.householdCode) : null);
  if (body.householdCode && !household) {
    // Corrected as a new household it would be registered a second time: the household must be downloaded again.
    screen('survey', h('button', { onclick: () => app.home() }, t('back')), notice(t('missingHousehold') + ' ' + body.householdCode));
    return;
  }
  const fresh = !household;
  // The record's id is fixed when its form opens: saving twice replaces it, never adds a second one.
  const id = item ? item.id : uuid();
  const parts = [h('button', { onclick: () => app.home() }, t('back')),
    h('h2', {}, fresh ? t('newHousehold') : (household.headName + ' · ' + household.village)),
    h('p', {}, h('small', {}, t('standard') + ' ' + q.standardName + ' · ' + t('listYear') + ' ' + round.listYear + ' · ' + round.areaType))];
  if (item && item.outcome && item.outcome.errors && item.outcome.errors.length) { parts.push(notice(t('fieldError')), errorList(item.outcome.errors)); }
  const form = h('form', { id: 'survey', novalidate: true });
  const members = h('div', { id: 'members' });
  if (fresh) {
    const nh = body.newHousehold || { village: '', members: [{ relation: 'HEAD' }] };
    form.append(field(t('village'), h('input', { name: 'village', list: 'villages', value: nh.village })),
      h('datalist', { id: 'villages' }, ...villages.map((v) => h('option', { value: v }))), h('h3', {}, t('members')), members,
      h('button', { type: 'button', id: 'add-member', onclick: () => members.append(memberEditor({ relation: 'CHILD' })) }, t('addMember')));
    nh.members.forEach((m) => members.append(memberEditor(m)));
  }
  form.append(field(t('surveyDate'), h('input', { name: 'surveyDate', type: 'date', min: round.firstDay, max: round.lastDay, value: body.surveyDate || today(round) })),
    field(t('income'), h('input', { name: 'incomePerPersonMonthlyVnd', inputmode: 'numeric', autocomplete: 'off', value: body.incomePerPersonMonthlyVnd == null ? '' : body.incomePerPersonMonthlyVnd })),
    h('h3', {}, t('deprived')));
  const ticked = new Set(body.deprivedIndicators || []);
  for (const d of q.dimensions) {
    form.append(h('h3', {}, d.name));
    for (const i of d.indicators) {
      form.append(h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'indicator', value: i.code, checked: ticked.has(i.code) }),
        h('span', {}, text(i.question) || i.name, i.help ? h('small', {}, text(i.help)) : null)));
    }
  }
  const present = body.meeting ? body.meeting.present : '';
  const agreed = body.meeting ? body.meeting.agreed : '';
  form.append(h('div', { class: 'row' }, field(t('meetingPresent'), h('input', { name: 'present', type: 'number', min: 1, value: present })),
    field(t('meetingAgreed'), h('input', { name: 'agreed', type: 'number', min: 0, value: agreed }))));
  const klass = h('div', { class: 'klass', id: 'class', 'aria-live': 'polite' });
  const answers = () => ({ incomePerPersonMonthlyVnd: digits(form.elements.incomePerPersonMonthlyVnd.value),
    deprivedIndicators: [...form.querySelectorAll('[name=indicator]:checked')].map((c) => c.value) });
  const update = () => {
    const a = answers();
    if (a.incomePerPersonMonthlyVnd == null) { klass.textContent = t('classIs') + ': …'; delete klass.dataset.status; return; }
    try {
      const c = classify(q, round.areaType, a);
      klass.dataset.status = c.status;
      klass.replaceChildren(h('strong', {}, t('classIs') + ': ' + t(c.status)), h('br'),
        h('small', {}, vnd(c.value) + (c.value <= c.line ? ' ≤ ' : ' > ') + t('line') + ' ' + vnd(c.line) + ' · '
          + c.deprived.length + '/' + q.dimensions.reduce((n, d) => n + d.indicators.length, 0) + ' (' + t('cutoff') + ' ' + c.cutoff + ')'));
    } catch (e) {
      if (!(e instanceof InvalidAnswers)) { throw e; }
      delete klass.dataset.status;
      klass.textContent = e.message;
    }
  };
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  const status = h('p', { id: 'save-state', role: 'status' });
  const save = h('button', { class: 'primary', type: 'submit', id: 'save' }, t('save'));
  form.append(klass, status, save);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    save.disabled = true;
    const a = answers();
    const p = Number(form.elements.present.value);
    const g = Number(form.elements.agreed.value);
    const record = { surveyDate: form.elements.surveyDate.value, incomePerPersonMonthlyVnd: a.incomePerPersonMonthlyVnd,
      deprivedIndicators: a.deprivedIndicators, meetingAgreeShare: share(p, g), meeting: { present: p, agreed: g } };
    let label;
    if (fresh) {
      record.newHousehold = { village: form.elements.village.value.trim(), members: [...members.children].map(readMember) };
      label = (record.newHousehold.members[0] || {}).fullName + ' · ' + record.newHousehold.village;
    } else {
      record.householdCode = household.code;
      record.householdVersion = household.version;
      label = household.headName + ' · ' + household.village;
    }
    const sent = Object.assign({}, record);
    delete sent.meeting;
    try {
      await enqueue({ id, kind: 'REVIEW', roundId: round.id, communeCode: round.communeCode, label, body: sent, form: record });
    } catch (x) {
      if (!(x instanceof BeingSent)) { throw x; }
      status.textContent = t('beingSent');
      save.disabled = false;
      return;
    }
    status.textContent = t('saved');
    setTimeout(() => app.home(), 600);
  });
  parts.push(form);
  screen('survey', ...parts);
  update();
}
