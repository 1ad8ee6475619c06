// The year-round changes of a household (births, deaths, moves, splits), queued like the surveys and sent as the
// change-request batch, against the version of the household downloaded: a household changed meanwhile is a
// conflict to look at, never overwritten.
import { t } from './i18n.js';
import { h, screen, field } from './ui.js';
import { enqueue, uuid, BeingSent } from './sync.js';
import { memberEditor, readMember, errorList } from './survey.js';

const REASONS = { MEMBER_ADDED: ['BIRTH', 'MARRIAGE', 'MOVED_IN', 'OTHER'], MEMBER_REMOVED: ['DEATH', 'MOVED_OUT', 'MARRIAGE', 'DUPLICATE', 'OTHER'],
  SPLIT: ['MARRIAGE', 'SEPARATE_LIVING', 'OTHER'], TRANSFER: ['MOVED'] };

export function changeScreen(app, options) {
  const item = options.item || null;
  const body = item ? item.body : {};
  const hh = options.household;
  const id = item ? item.id : uuid();
  const members = hh.members || [];
  const kind = h('select', { name: 'kind' }, ...Object.keys(REASONS).map((k) => h('option', { value: k, selected: k === body.kind }, t(k))));
  const reason = h('select', { name: 'reason' });
  const detail = h('div', { id: 'change-detail' });
  // A correction shows the choices as they were made.
  const memberChoice = (name, blank, chosen) => h('select', { name }, blank ? h('option', { value: '' }, '—') : null,
    ...members.map((m) => h('option', { value: m.id, selected: m.id === chosen }, m.fullName + ' (' + m.birthYear + ', ' + t(m.relation) + ')')));
  const split = body.split || {};
  const destination = body.destination || {};
  const refresh = () => {
    reason.replaceChildren(...REASONS[kind.value].map((r) => h('option', { value: r, selected: r === body.reason }, r)));
    detail.replaceChildren();
    if (kind.value === 'MEMBER_ADDED') {
      detail.append(memberEditor(Object.assign({ relation: 'CHILD', birthYear: new Date().getFullYear() }, body.member || {})));
    } else if (kind.value === 'MEMBER_REMOVED') {
      detail.append(field(t('member'), memberChoice('memberId', false, body.memberId)),
        field(t('newHead'), memberChoice('newHeadMemberId', true, body.newHeadMemberId)));
    } else if (kind.value === 'SPLIT') {
      detail.append(h('h3', {}, t('leaving')), ...members.map((m) => h('label', { class: 'check' },
        h('input', { type: 'checkbox', name: 'leaving', value: m.id, checked: (split.memberIds || []).includes(m.id) }), m.fullName)),
      field(t('splitHead'), memberChoice('splitHead', false, split.headMemberId)),
      field(t('village'), h('input', { name: 'splitVillage', value: split.village || hh.village })));
    } else {
      detail.append(field(t('destination'), h('input', { name: 'destCommune', inputmode: 'numeric', value: destination.communeCode || '' })),
        field(t('village'), h('input', { name: 'destVillage', value: destination.village || '' })));
    }
  };
  kind.addEventListener('change', refresh);
  const date = h('input', { name: 'effectiveDate', type: 'date', value: body.effectiveDate || new Date().toISOString().slice(0, 10) });
  const save = h('button', { class: 'primary', type: 'submit', id: 'save' }, t('save'));
  const form = h('form', { id: 'change' }, field(t('changeKind'), kind), field(t('reason'), reason), field(t('effectiveDate'), date), detail,
    h('p', { id: 'save-state', role: 'status' }), save);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    save.disabled = true;
    const v = (n) => (form.querySelector('[name=' + n + ']') || {}).value || null;
    const p = { householdCode: hh.code, householdVersion: hh.version, kind: kind.value, reason: reason.value, effectiveDate: date.value };
    if (p.kind === 'MEMBER_ADDED') { p.member = readMember(detail.querySelector('.member')); }
    if (p.kind === 'MEMBER_REMOVED') { p.memberId = v('memberId'); if (v('newHeadMemberId')) { p.newHeadMemberId = v('newHeadMemberId'); } }
    if (p.kind === 'SPLIT') {
      p.split = { memberIds: [...form.querySelectorAll('[name=leaving]:checked')].map((c) => c.value), headMemberId: v('splitHead'), village: v('splitVillage') };
    }
    if (p.kind === 'TRANSFER') { p.destination = { communeCode: v('destCommune'), village: v('destVillage') }; }
    try {
      await enqueue({ id, kind: 'CHANGE', communeCode: app.session.area, label: t(p.kind) + ' · ' + hh.headName, body: p, household: hh });
    } catch (x) {
      if (!(x instanceof BeingSent)) { throw x; }
      form.querySelector('#save-state').textContent = t('beingSent');
      save.disabled = false;
      return;
    }
    form.querySelector('#save-state').textContent = t('saved');
    setTimeout(() => app.home(), 600);
  });
  refresh();
  screen('change', h('button', { onclick: () => app.home() }, t('back')), h('h2', {}, t('changes') + ': ' + hh.headName + ' · ' + hh.village),
    item && item.outcome ? errorList(item.outcome.errors) : null, form);
}
