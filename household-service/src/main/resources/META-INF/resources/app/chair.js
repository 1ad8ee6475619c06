// The commune chair's view: the round's results, the list it will produce, and the recognition decision. It reads
// and writes the registry directly (a decision is made online, at the commune's office).
import { t } from './i18n.js';
import { h, screen, field, api, notice } from './ui.js';

export async function chairScreen(app, message, roundId) {
  const s = app.session;
  const rounds = await api(s, '/api/v1/rounds?commune=' + s.area);
  // The round just decided, else the open one, else the latest review (an opening list is not reviewed).
  const round = rounds.find((r) => r.id === roundId) || rounds.find((r) => r.status === 'OPEN')
    || rounds.find((r) => r.kind !== 'OPENING_BALANCE');
  const parts = [h('button', { onclick: () => app.home() }, t('back')), h('h2', {}, t('chair'))];
  if (message) { parts.push(notice(message, 'ok')); }
  if (!round) {
    screen('chair', ...parts, notice(t('noRound')));
    return;
  }
  parts.push(h('p', { id: 'chair-round' }, t('round') + ': ' + round.kind + ' ' + round.heldYear + ' · ' + t('listYear') + ' '
    + round.listYear + ' · ' + t('standard') + ' ' + round.standardCode + (round.decisionNumber ? ' · ' + t('decided') + ' '
    + round.decisionNumber + ' (' + round.decisionDate + ')' : '')));
  parts.push(h('h3', {}, t('results')), h('table', { id: 'round-results' }, ...Object.entries(round.reviewsByStatus || {})
    .map(([k, n]) => h('tr', { 'data-status': k }, h('th', {}, k), h('td', {}, String(n))))));
  const list = await api(s, '/api/v1/rounds/' + round.id + '/list');
  parts.push(h('h3', {}, t('decisionList')));
  for (const section of list.sections) {
    parts.push(h('h3', {}, section.heading), h('table', { class: 'round-list' },
      h('tr', {}, ...list.columns.map((c) => h('th', {}, c))),
      ...section.rows.map((r) => h('tr', { 'data-code': r[1] }, ...r.map((c) => h('td', {}, c))))));
  }
  if (round.status === 'OPEN') {
    const number = h('input', { name: 'decisionNumber', placeholder: '45/QĐ-UBND' });
    const date = h('input', { name: 'decisionDate', type: 'date', value: new Date().toISOString().slice(0, 10) });
    const error = h('p', { class: 'errors', id: 'decision-error' });
    const form = h('form', { id: 'decision' }, field(t('decisionNumber'), number), field(t('decisionDate'), date), error,
      h('button', { class: 'primary', type: 'submit', id: 'decide' }, t('decide')));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      app.online(async () => {
        try {
          const r = await api(s, '/api/v1/rounds/' + round.id + '/decision', { method: 'POST', headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ decisionNumber: number.value.trim(), decisionDate: date.value }) });
          await chairScreen(app, t('decided') + ': ' + Object.entries(r.movements || {}).map(([k, n]) => k + ' ' + n).join(', '), round.id);
        } catch (x) {
          if (!x.problem) { throw x; }
          error.replaceChildren(...[x.message, ...(x.problem.errors || []).map((f) => f.field + ': ' + f.message)].map((m) => h('span', {}, m, h('br'))));
        }
      });
    });
    parts.push(form);
  }
  screen('chair', ...parts);
}
