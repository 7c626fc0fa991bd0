// Page-side helper. Call once from your app entry.
export async function registerOfflineKit(swUrl = '/sw.js', { scope = '/', onUpdate } = {}) {
  if (!('serviceWorker' in navigator)) return null;
  const reg = await navigator.serviceWorker.register(swUrl, { scope });
  reg.addEventListener('updatefound', () => {
    const sw = reg.installing;
    if (!sw) return;
    sw.addEventListener('statechange', () => {
      if (sw.state === 'installed' && navigator.serviceWorker.controller && onUpdate) {
        onUpdate(() => sw.postMessage({ type: 'SKIP_WAITING' }));
      }
    });
  });
  navigator.serviceWorker.addEventListener('message', (e) => {
    if (e.data && e.data.type === 'QUEUE_REPLAYED') {
      window.dispatchEvent(new CustomEvent('offlinekit:replayed', { detail: e.data }));
    }
  });
  return reg;
}
