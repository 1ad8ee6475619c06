// The app's shell, kept on the device so that it opens with no network. The data is not here: the commune's download
// and the queue live in IndexedDB, and the API is always asked afresh. VERSION is the digest of the shell's files
// (AppShellTests checks it): a changed file is a new cache, fetched once, and the old one is dropped.
const VERSION = 'e63c481b671f';
const CACHE = 'giamngheo-app-' + VERSION;
const SHELL = ['./', 'index.html', 'app.css', 'app.js', 'auth.js', 'changes.js', 'chair.js', 'classifier.js', 'i18n.js',
  'queue.js', 'store.js', 'survey.js', 'sync.js', 'ui.js', 'manifest.json', 'icon.svg', 'icon-192.png', 'icon-512.png'];

self.addEventListener('install', (e) => {
  // Checked with the service (a conditional request): a new shell is never filled with the old one's files, and
  // what the page has just loaded is not sent twice.
  e.waitUntil(caches.open(CACHE).then((c) => c.addAll(SHELL.map((u) => new Request(u, { cache: 'no-cache' }))))
    .then(() => self.skipWaiting()));
});

self.addEventListener('activate', (e) => {
  e.waitUntil(caches.keys().then((keys) => Promise.all(keys.filter((k) => k.startsWith('giamngheo-app-') && k !== CACHE)
    .map((k) => caches.delete(k)))).then(() => self.clients.claim()));
});

self.addEventListener('fetch', (e) => {
  const url = new URL(e.request.url);
  if (e.request.method !== 'GET' || url.origin !== location.origin || !url.pathname.startsWith('/app/')) { return; }
  if (e.request.mode === 'navigate') {
    // The page from the service when it answers within 3 s (its headers, the sign-in's policy, are then current),
    // else from the device, whatever its query (e.g. the way back from signing in).
    const cached = () => caches.open(CACHE).then((c) => c.match('index.html'));
    const late = new Promise((resolve) => { setTimeout(resolve, 3000); }).then(cached);
    e.respondWith(Promise.race([fetch(e.request).then((r) => (r.ok ? r : cached())).catch(cached), late])
      .then((r) => r || fetch(e.request)));
    return;
  }
  e.respondWith(caches.open(CACHE).then((c) => c.match(e.request)).then((hit) => hit || fetch(e.request)));
});
