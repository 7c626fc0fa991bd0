'use strict';
const { FRAME_HTML } = require('./frame');

function createRunner({ container, height = 0 }) {
  let iframe = null;
  let ready = null;
  let seq = 0;
  const pending = new Map();
  const consoleListeners = new Set();

  function mount() {
    if (iframe) iframe.remove();
    iframe = document.createElement('iframe');
    // NOTE: never add allow-same-origin here; with allow-scripts it would let
    // the snippet remove its own sandbox.
    iframe.setAttribute('sandbox', 'allow-scripts');
    iframe.setAttribute('referrerpolicy', 'no-referrer');
    iframe.style.cssText = `width:100%;border:0;height:${height}px`;
    iframe.srcdoc = FRAME_HTML;
    ready = new Promise((resolve) => { iframe.__resolveReady = resolve; });
    container.appendChild(iframe);
  }

  function onMessage(e) {
    if (!iframe || e.source !== iframe.contentWindow) return;
    const msg = e.data;
    if (!msg || msg.__playpen !== true) return;
    if (msg.type === 'ready') iframe.__resolveReady();
    else if (msg.type === 'console' || msg.type === 'error') consoleListeners.forEach((fn) => fn(msg));
    else if (msg.type === 'done' && pending.has(msg.id)) {
      const p = pending.get(msg.id);
      pending.delete(msg.id);
      clearTimeout(p.timer);
      msg.error ? p.reject(new Error(msg.error)) : p.resolve(msg.result);
    }
  }
  window.addEventListener('message', onMessage);
  mount();

  async function run(code, { timeoutMs = 5000, fresh = true } = {}) {
    if (fresh) mount();
    await ready;
    const id = ++seq;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        pending.delete(id);
        mount(); // kill a runaway loop by throwing the whole frame away
        reject(new Error(`Execution timed out after ${timeoutMs} ms`));
      }, timeoutMs);
      pending.set(id, { resolve, reject, timer });
      // targetOrigin must be '*' because the sandboxed frame has an opaque origin.
      iframe.contentWindow.postMessage({ __playpen: 'run', id, code: String(code) }, '*');
    });
  }

  return {
    run,
    reset: mount,
    onConsole(fn) { consoleListeners.add(fn); return () => consoleListeners.delete(fn); },
    destroy() {
      window.removeEventListener('message', onMessage);
      pending.forEach((p) => clearTimeout(p.timer));
      iframe && iframe.remove();
    },
  };
}

module.exports = { createRunner };
