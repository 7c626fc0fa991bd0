// offline cache for a static site: precache from the CDN, serve cache-first
const CDN = "https://cdn.static-assets.example/site/v4/";
const CACHE = "site-v4";
self.addEventListener("install", (event) => {
  event.waitUntil(
    fetch(CDN + "manifest.json")
      .then((r) => r.json())
      .then((files) => caches.open(CACHE).then((c) => c.addAll(files.map((f) => CDN + f))))
  );
});
self.addEventListener("fetch", (event) => {
  if (event.request.method !== "GET") return;
  event.respondWith(caches.match(event.request).then((hit) => hit || fetch(event.request)));
});
