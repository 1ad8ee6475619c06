// The app's shell, kept on the device so that it opens with no network. The data is not here: the commune's download
// and the queue live in IndexedDB, and the API is always asked afresh. VERSION is the digest of the shell's files
// (AppShellTests checks it): a changed file is a new cache, fetched once, and the old one is dropped.
const VERSION = '977896a991b0';
const CACHE = 'giamngheo-app-' + VERSION;
const SHELL = ['./', 'index.html', 'app.css', 'app.js', 'auth.js', 'changes.js', 'chair.js', 'classifier.js', 'i18n.js',
  'queue.js', 'store.js', 'survey.js', 'sync.js', 'ui.js', 'manifest.json', 'icon.svg', 'icon-192.png', 'icon-512.png'];

self.addEventListener('install', (e) => {
  e.waitUntil(caches.open(CACHE).then((c) => c.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (e) => {
  e.waitUntil(caches.keys().then((keys) => Promise.all(keys.filter((k) => k.startsWith('giamngheo-app-') && k !== CACHE)
    .map((k) => caches.delete(k)))).then(() => self.clients.claim()));
});

self.addEventListener('fetch', (e) => {
  const url = new URL(e.request.url);
  if (e.request.method !== 'GET' || url.origin !== location.origin || !url.pathname.startsWith('/app/')) { return; }
  // The shell from the cache (the page itself whatever its query, e.g. the way back from signing in).
  const key = e.request.mode === 'navigate' ? 'index.html' : e.request;
  e.respondWith(caches.open(CACHE).then((c) => c.match(key, { ignoreSearch: e.request.mode === 'navigate' }))
    .then((hit) => hit || fetch(e.request)));
});
