'use strict';
// Preload helper. Runs with contextIsolation enabled; exposes a single,
// narrow API to the renderer instead of the whole ipcRenderer object.
const { contextBridge, ipcRenderer } = require('electron');

const CHANNEL = 'deeplink:navigate';

function exposeDeepLinks(key = 'deepLinks') {
  const listeners = new Set();
  ipcRenderer.on(CHANNEL, (_event, payload) => {
    // Copy into a plain object so no Electron internals leak to the page.
    const safe = {
      route: String(payload.route),
      query: Object.assign({}, payload.query),
    };
    listeners.forEach((fn) => {
      try { fn(safe); } catch (e) { console.error('[deepLinks] listener failed', e); }
    });
  });

  contextBridge.exposeInMainWorld(key, {
    onLink(fn) {
      if (typeof fn !== 'function') throw new TypeError('listener must be a function');
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
  });
}

module.exports = { exposeDeepLinks };
