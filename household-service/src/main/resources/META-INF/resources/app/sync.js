// The queue's way up. Pending records go in batches, each given its Idempotency-Key and written to IndexedDB before
// it is sent: a batch whose answer was lost (a dropped link, a closed tab) is sent again with the same key and the
// same body, and the registry answers it from its first answer, so nothing is ever created twice. Each record's
// outcome is kept with it: accepted with its class, returned for re-survey, rejected with its field errors, or in
// conflict with a change made on the server meanwhile (shown, never overwritten).
import * as store from './store.js';

const BATCH_SIZE = 50;

export class NeedsSignIn extends Error {}
export class Offline extends Error {}

function uuid() {
  if (crypto.randomUUID) { return crypto.randomUUID(); }
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40; b[8] = (b[8] & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
}
export { uuid };

export class BeingSent extends Error {}

/**
 * Puts a record in the queue (or back in it, corrected); it waits there until it is sent and answered. A record in a
 * batch sent and not yet answered cannot change: its answer would be taken for the correction's.
 */
export function enqueue(item) {
  return store.inTransaction(['queue'], 'readwrite', async (s) => {
    const before = item.id ? await store.request(s.queue.get(item.id)) : null;
    if (before && before.state === 'SENDING') { throw new BeingSent(); }
    s.queue.put(Object.assign({}, item, { id: item.id || uuid(), savedAt: new Date().toISOString(),
      state: 'PENDING', batch: null, outcome: null }));
  });
}

const urlOf = (kind, roundId) => (kind === 'REVIEW' ? '/api/v1/rounds/' + roundId + '/reviews' : '/api/v1/change-requests');

async function formBatches(area, user) {
  return store.inTransaction(['queue', 'batches'], 'readwrite', async (s) => {
    const pending = (await store.request(s.queue.getAll())).filter((i) => i.state === 'PENDING' && i.communeCode === area);
    const groups = new Map();
    for (const i of pending) {
      const k = i.kind + ' ' + (i.roundId || '');
      if (!groups.has(k)) { groups.set(k, []); }
      groups.get(k).push(i);
    }
    for (const items of groups.values()) {
      for (let n = 0; n < items.length; n += BATCH_SIZE) {
        const chunk = items.slice(n, n + BATCH_SIZE);
        const kind = chunk[0].kind;
        const batch = { key: uuid(), kind, area, user, url: urlOf(kind, chunk[0].roundId), itemIds: chunk.map((i) => i.id),
          body: kind === 'REVIEW' ? { reviews: chunk.map((i) => i.body) } : { changes: chunk.map((i) => i.body) },
          formedAt: new Date().toISOString() };
        s.batches.put(batch);
        for (const i of chunk) { i.state = 'SENDING'; i.batch = batch.key; s.queue.put(i); }
      }
    }
  });
}

// A field named in a batch's answer, as the record's own ("changes[3].householdVersion" is "householdVersion").
const own = (field) => (field || '').replace(/^[a-z]+\[\d+\]\.?/, '');

function outcomeOf(kind, result) {
  const errors = (result.errors || []).map((e) => ({ field: own(e.field) || null, message: e.message }));
  if (errors.some((e) => e.field === 'householdVersion')) { return { state: 'CONFLICT', errors }; }
  if (kind === 'REVIEW') {
    return { state: result.outcome, householdCode: result.householdCode, computedStatus: result.computedStatus,
      explanationVi: result.explanationVi, explanationEn: result.explanationEn, errors };
  }
  return { state: result.outcome === 'PROPOSED' ? 'PROPOSED' : 'REJECTED', changeRequestId: result.changeRequestId, errors };
}

/** Writes the answer to each record of the batch and drops the batch, in one transaction. */
function settle(batch, outcomes) {
  return store.inTransaction(['queue', 'batches'], 'readwrite', async (s) => {
    for (let n = 0; n < batch.itemIds.length; n++) {
      const item = await store.request(s.queue.get(batch.itemIds[n]));
      // Only a record still waiting for this batch's answer takes it.
      if (item && item.batch === batch.key) {
        const o = outcomes[n];
        item.state = o.state;
        item.outcome = o;
        item.batch = null;
        item.answeredAt = new Date().toISOString();
        s.queue.put(item);
      }
    }
    s.batches.delete(batch.key);
  });
}

/** Field errors of a refused batch, per record ("changes[2].member.fullName" belongs to the third record). */
function perRecord(batch, problem) {
  const prefix = batch.kind === 'REVIEW' ? 'reviews[' : 'changes[';
  return batch.itemIds.map((_, n) => {
    const own = (problem.errors || []).filter((e) => (e.field || '').startsWith(prefix + n + ']'))
      .map((e) => ({ field: own(e.field), message: e.message }));
    return own.length ? own : [{ field: null, message: problem.detail || problem.title || String(problem.status) }];
  });
}

async function send(batch, session) {
  let r;
  try {
    r = await fetch(batch.url, { method: 'POST', body: JSON.stringify(batch.body), headers: {
      'Content-Type': 'application/json', Accept: 'application/json', Authorization: 'Bearer ' + session.accessToken,
      'Idempotency-Key': batch.key } });
  } catch (e) {
    throw new Offline();
  }
  if (r.status === 401) { throw new NeedsSignIn(); }
  if (r.status >= 500) { throw new Offline(); }
  if (!r.ok && r.status !== 400 && r.status !== 422) {
    // Refused for a reason no correction of the records mends (403, 404, 409, 429…): the batch keeps its key and
    // waits, and the officer is told why.
    const problem = await r.json().catch(() => null);
    throw new Error((problem && (problem.detail || problem.title)) || 'HTTP ' + r.status);
  }
  const body = await r.json().catch(() => null);
  if (r.ok) {
    // An answer cut short on the way is no answer: the batch waits to be sent again, under its key.
    const results = body && Array.isArray(body.results) ? body.results : null;
    if (!results || results.length !== batch.itemIds.length) { throw new Offline(); }
    await settle(batch, batch.itemIds.map((_, n) => outcomeOf(batch.kind, results.find((x) => x.index === n) || results[n])));
  } else {
    // Refused whole for what the records say (400, 422: nothing was kept): each shows why, to be corrected and sent.
    const errors = perRecord(batch, body || { status: r.status });
    await settle(batch, errors.map((e) => ({ state: e.some((x) => x.field === 'householdVersion') ? 'CONFLICT' : 'REJECTED', errors: e })));
  }
  return batch.itemIds.length;
}

/**
 * Sends what waits: first the batches sent before and never answered (same key, same body), then the pending
 * records in new batches. Stops at the first sign of no network (Offline) or of an expired sign-in (NeedsSignIn),
 * leaving everything not yet answered where it was.
 */
export async function run(session, progress) {
  let sent = 0;
  // A batch goes again only with the officer who sent it: the registry keeps each caller's keys apart.
  const mine = (b) => b.area === session.area && (b.user || session.user) === session.user;
  const again = (await store.all('batches')).filter(mine);
  for (const b of again) { sent += await send(b, session); progress && progress(sent); }
  await formBatches(session.area, session.user);
  for (const b of (await store.all('batches')).filter(mine)) {
    sent += await send(b, session);
    progress && progress(sent);
  }
  return sent;
}
