'use strict';
const path = require('path');
const { EventEmitter } = require('events');

const CHANNEL = 'deeplink:navigate';

function parseLink(raw, scheme) {
  let url;
  try {
    url = new URL(raw);
  } catch (_) {
    return null;
  }
  if (url.protocol !== scheme + ':') return null;
  // myapp://auth/callback?code=1  -> host "auth", pathname "/callback"
  const route = ('/' + url.host + url.pathname).replace(/\/+$/, '') || '/';
  const query = Object.fromEntries(url.searchParams.entries());
  return { raw, route, query, hash: url.hash.slice(1) };
}

function findLinkInArgv(argv, scheme) {
  const prefix = scheme + '://';
  return argv.find((a) => typeof a === 'string' && a.startsWith(prefix)) || null;
}

function createDeepLinkRouter(opts) {
  const { scheme, app, getWindow, allowMultipleInstances = false } = opts;
  if (!/^[a-z][a-z0-9+.-]*$/.test(scheme)) {
    throw new TypeError('Invalid scheme: ' + scheme);
  }
  const emitter = new EventEmitter();
  const routes = new Map();
  let pending = [];
  let ready = false;

  // In development the app is launched as `electron .` so the executable
  // path and the app path must both be registered.
  if (process.defaultApp && process.argv.length >= 2) {
    app.setAsDefaultProtocolClient(scheme, process.execPath, [path.resolve(process.argv[1])]);
  } else {
    app.setAsDefaultProtocolClient(scheme);
  }

  if (!allowMultipleInstances) {
    const gotLock = app.requestSingleInstanceLock();
    if (!gotLock) {
      app.quit();
      return null;
    }
  }

  function dispatch(raw) {
    const link = parseLink(raw, scheme);
    if (!link) {
      emitter.emit('invalid', raw);
      return;
    }
    if (!ready) {
      pending.push(link);
      return;
    }
    const handler = routes.get(link.route);
    if (handler) {
      Promise.resolve(handler(link)).catch((err) => emitter.emit('error', err, link));
    } else {
      emitter.emit('unhandled', link);
    }
    const win = getWindow && getWindow();
    if (win && !win.isDestroyed()) {
      if (win.isMinimized()) win.restore();
      win.focus();
      win.webContents.send(CHANNEL, { route: link.route, query: link.query });
    }
  }

  // macOS delivers links through open-url, possibly before 'ready'.
  app.on('open-url', (event, url) => {
    event.preventDefault();
    dispatch(url);
  });

  // Windows / Linux: a second launch passes the URL in argv.
  app.on('second-instance', (_event, argv) => {
    const link = findLinkInArgv(argv, scheme);
    if (link) dispatch(link);
  });

  app.whenReady().then(() => {
    ready = true;
    const cold = findLinkInArgv(process.argv, scheme);
    if (cold) pending.push(parseLink(cold, scheme));
    const queued = pending.filter(Boolean);
    pending = [];
    queued.forEach((l) => dispatch(l.raw));
  });

  return {
    on(route, handler) {
      if (route.startsWith('/')) routes.set(route, handler);
      else emitter.on(route, handler);
      return this;
    },
    off(route) {
      routes.delete(route);
      return this;
    },
    unregister() {
      app.removeAsDefaultProtocolClient(scheme);
    },
    dispatch,
  };
}

module.exports = { createDeepLinkRouter, parseLink, CHANNEL };
