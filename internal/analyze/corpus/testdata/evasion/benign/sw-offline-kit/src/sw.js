/* global self, caches, indexedDB, clients */
// Import from your own service worker:
//   importScripts('/sw-offline-kit/sw.js');
//   self.offlineKit.init({ precache: ['/', '/app.css'], queuePaths: ['/api/orders'] });

const VERSION = 'v1';
const PRECACHE = `okit-precache-${VERSION}`;
const RUNTIME = `okit-runtime-${VERSION}`;
const DB_NAME = 'okit-queue';
let config = { precache: [], queuePaths: [], apiPrefix: '/api/', maxQueueAgeMs: 24 * 3600 * 1000 };

function openDb() {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, 1);
    req.onupgradeneeded = () => req.result.createObjectStore('requests', { keyPath: 'id', autoIncrement: true });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function tx(mode, fn) {
  const db = await openDb();
  return new Promise((resolve, reject) => {
    const t = db.transaction('requests', mode);
    const out = fn(t.objectStore('requests'));
    t.oncomplete = () => resolve(out && out.result);
    t.onerror = () => reject(t.error);
  });
}

// Only same-origin requests to paths the app opted in via `queuePaths` are ever queued.
async function enqueue(request) {
  const headers = {};
  for (const [k, v] of request.headers) if (k === 'content-type' || k.startsWith('x-')) headers[k] = v;
  const body = await request.clone().text();
  await tx('readwrite', (s) => s.add({ url: request.url, method: request.method, headers, body, ts: Date.now() }));
  if (self.registration.sync) await self.registration.sync.register('okit-replay');
}

async function replay() {
  const items = await tx('readonly', (s) => s.getAll());
  let sent = 0;
  for (const item of items || []) {
    if (Date.now() - item.ts > config.maxQueueAgeMs) {
      await tx('readwrite', (s) => s.delete(item.id));
      continue;
    }
    try {
      const res = await fetch(item.url, { method: item.method, headers: item.headers, body: item.body, credentials: 'same-origin' });
      if (res.ok || (res.status >= 400 && res.status < 500)) {
        await tx('readwrite', (s) => s.delete(item.id));
        sent++;
      }
    } catch (e) {
      break; // still offline
    }
  }
  const all = await clients.matchAll({ type: 'window' });
  all.forEach((c) => c.postMessage({ type: 'QUEUE_REPLAYED', sent }));
}

async function networkFirst(request) {
  const cache = await caches.open(RUNTIME);
  try {
    const res = await fetch(request);
    if (res.ok) cache.put(request, res.clone());
    return res;
  } catch (e) {
    const hit = await cache.match(request);
    if (hit) return hit;
    throw e;
  }
}

async function cacheFirst(request) {
  const hit = await caches.match(request);
  if (hit) return hit;
  const res = await fetch(request);
  if (res.ok && res.type === 'basic') (await caches.open(RUNTIME)).put(request, res.clone());
  return res;
}

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(PRECACHE).then((c) => c.addAll(config.precache)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('okit-') && !k.endsWith(VERSION)).map((k) => caches.delete(k))))
      .then(() => self.clients.claim())
  );
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
});

self.addEventListener('sync', (event) => {
  if (event.tag === 'okit-replay') event.waitUntil(replay());
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return; // never touch third-party traffic

  if (request.method === 'POST' && config.queuePaths.some((p) => url.pathname.startsWith(p))) {
    event.respondWith(
      fetch(request.clone()).catch(async () => {
        await enqueue(request);
        return new Response(JSON.stringify({ queued: true }), { status: 202, headers: { 'Content-Type': 'application/json' } });
      })
    );
    return;
  }
  if (request.method !== 'GET') return;
  if (url.pathname.startsWith(config.apiPrefix)) event.respondWith(networkFirst(request));
  else if (request.mode === 'navigate') event.respondWith(networkFirst(request).catch(() => caches.match('/')));
  else event.respondWith(cacheFirst(request));
});

self.offlineKit = {
  init(opts) { config = Object.assign({}, config, opts); },
  replay
};
