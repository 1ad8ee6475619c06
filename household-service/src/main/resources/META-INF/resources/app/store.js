// What the app keeps on the device, in IndexedDB, so that nothing typed is lost to a closed tab, a reload, a crash or
// a flat battery: the sign-in, the commune's download (households, the open round and its standard's questionnaire),
// the queue of surveys and change requests, and the batches sent but not yet acknowledged (with their
// Idempotency-Keys, so that a resend can never create anything twice).
const NAME = 'giamngheo-xa';
const VERSION = 1;
let opened;

function request(r) {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

export function open() {
  if (!opened) {
    const r = indexedDB.open(NAME, VERSION);
    r.onupgradeneeded = () => {
      const db = r.result;
      db.createObjectStore('kv');
      db.createObjectStore('households', { keyPath: 'code' });
      db.createObjectStore('queue', { keyPath: 'id' });
      db.createObjectStore('batches', { keyPath: 'key' });
    };
    opened = request(r);
  }
  return opened;
}

/** Runs fn(stores) in one transaction over the named stores; resolves with fn's value once the transaction commits. */
export async function inTransaction(names, mode, fn) {
  const db = await open();
  const tx = db.transaction(names, mode);
  const stores = Object.fromEntries(names.map((n) => [n, tx.objectStore(n)]));
  const value = await fn(stores);
  await new Promise((resolve, reject) => {
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error || new Error('aborted'));
  });
  return value;
}

export const get = (store, key) => inTransaction([store], 'readonly', (s) => request(s[store].get(key)));
export const all = (store) => inTransaction([store], 'readonly', (s) => request(s[store].getAll()));
export const put = (store, value, key) => inTransaction([store], 'readwrite', (s) => request(key === undefined ? s[store].put(value) : s[store].put(value, key)));
export const remove = (store, key) => inTransaction([store], 'readwrite', (s) => request(s[store].delete(key)));
export { request };

/** Replaces the commune's download in one go: a reader never sees half of an old and half of a new one. */
export function saveDownload(households, facts) {
  return inTransaction(['households', 'kv'], 'readwrite', async (s) => {
    await request(s.households.clear());
    for (const h of households) { s.households.put(h); }
    for (const [k, v] of Object.entries(facts)) { s.kv.put(v, k); }
  });
}

/** Drops the commune's download (never the queue). */
export function clearDownload() {
  return inTransaction(['households', 'kv'], 'readwrite', async (s) => {
    s.households.clear();
    for (const k of ['area', 'round', 'questionnaire', 'villages', 'communeName', 'downloadedAt']) { s.kv.delete(k); }
  });
}

/** Asks the browser to keep the app's data under storage pressure, where it lets a page ask. */
export async function persist() {
  if (navigator.storage && navigator.storage.persist) {
    try { return await navigator.storage.persist(); } catch (e) { return false; }
  }
  return false;
}
