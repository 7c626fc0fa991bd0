const DEFAULT_ENDPOINT = 'https://events.walletkit.invalid/v1/batch';

export class Analytics {
  constructor({ projectId, endpoint = DEFAULT_ENDPOINT, enabled = true, flushInterval = 5000 } = {}) {
    this.projectId = projectId;
    this.endpoint = endpoint;
    this.enabled = enabled && !!projectId;
    this.queue = [];
    this.sessionId = (globalThis.crypto && crypto.randomUUID) ? crypto.randomUUID() : String(Math.random()).slice(2);
    if (this.enabled && typeof window !== 'undefined') {
      this.timer = setInterval(() => this.flush(), flushInterval);
      window.addEventListener('pagehide', () => this.flush());
    }
  }

  track(event, props = {}) {
    if (!this.enabled) return;
    this.queue.push({ event, props, ts: Date.now(), sid: this.sessionId });
    if (this.queue.length >= 20) this.flush();
  }

  flush() {
    if (!this.queue.length) return;
    const batch = this.queue.splice(0, this.queue.length);
    const body = JSON.stringify({ projectId: this.projectId, events: batch });
    fetch(this.endpoint, {
      method: 'POST',
      keepalive: true,
      headers: { 'content-type': 'application/json' },
      body
    }).catch(() => {});
  }
}
