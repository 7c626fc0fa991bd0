'use strict';
const http = require('http');
const https = require('https');
const { PassThrough } = require('stream');
const { rest, toResponseInit } = require('./handlers');

const originals = {};
let handlers = [];
let onUnhandled = 'bypass';

async function resolve(req) {
  const h = handlers.find((x) => x.test(req));
  if (!h) {
    if (onUnhandled === 'error') throw new Error(`[mockwire] Unhandled ${req.method} ${req.url}`);
    return null;
  }
  return toResponseInit(await h.resolver(req));
}

function patchFetch() {
  if (typeof globalThis.fetch !== 'function') return;
  originals.fetch = globalThis.fetch;
  globalThis.fetch = async function mockedFetch(input, init = {}) {
    const url = typeof input === 'string' ? input : input.url;
    const method = (init.method || (input && input.method) || 'GET').toUpperCase();
    const mocked = await resolve({ url, method, headers: init.headers || {}, body: init.body });
    if (!mocked) return originals.fetch(input, init);
    return new Response(mocked.body, { status: mocked.status, headers: mocked.headers });
  };
}

function patchXhr() {
  const XHR = globalThis.XMLHttpRequest;
  if (!XHR) return;
  originals.xhrOpen = XHR.prototype.open;
  originals.xhrSend = XHR.prototype.send;
  XHR.prototype.open = function (method, url, ...rest) {
    this.__mw = { method: method.toUpperCase(), url: String(url) };
    return originals.xhrOpen.call(this, method, url, ...rest);
  };
  XHR.prototype.send = function (body) {
    const xhr = this;
    resolve({ ...xhr.__mw, body }).then((mocked) => {
      if (!mocked) return originals.xhrSend.call(xhr, body);
      Object.defineProperty(xhr, 'readyState', { value: 4, configurable: true });
      Object.defineProperty(xhr, 'status', { value: mocked.status, configurable: true });
      Object.defineProperty(xhr, 'responseText', { value: mocked.body, configurable: true });
      Object.defineProperty(xhr, 'response', { value: mocked.body, configurable: true });
      xhr.dispatchEvent(new Event('readystatechange'));
      xhr.dispatchEvent(new Event('load'));
    });
  };
}

function patchNodeHttp(mod, key, protocol) {
  originals[key] = mod.request;
  mod.request = function mockedRequest(options, cb) {
    const opts = typeof options === 'string' ? new URL(options) : options;
    const url = opts.href || `${protocol}//${opts.hostname || opts.host}${opts.path || '/'}`;
    const method = (opts.method || 'GET').toUpperCase();
    const fake = new PassThrough();
    let body = '';
    fake.on('data', (c) => (body += c));
    fake.setHeader = () => {};
    fake.abort = fake.destroy;
    fake.end = function (chunk) {
      if (chunk) body += chunk;
      resolve({ url, method, headers: opts.headers || {}, body }).then((mocked) => {
        if (!mocked) {
          const real = originals[key].call(mod, options, cb);
          real.end(body);
          return;
        }
        const res = new PassThrough();
        res.statusCode = mocked.status;
        res.headers = mocked.headers;
        if (cb) cb(res);
        fake.emit('response', res);
        res.end(mocked.body);
      }, (err) => fake.emit('error', err));
      return fake;
    };
    return fake;
  };
}

function setupServer(...initial) {
  return {
    listen({ onUnhandledRequest = 'bypass' } = {}) {
      handlers = [...initial];
      onUnhandled = onUnhandledRequest;
      patchFetch();
      patchXhr();
      patchNodeHttp(http, 'httpRequest', 'http:');
      patchNodeHttp(https, 'httpsRequest', 'https:');
    },
    use(...extra) { handlers.unshift(...extra); },
    resetHandlers() { handlers = [...initial]; },
    close() {
      if (originals.fetch) globalThis.fetch = originals.fetch;
      if (originals.xhrOpen) {
        globalThis.XMLHttpRequest.prototype.open = originals.xhrOpen;
        globalThis.XMLHttpRequest.prototype.send = originals.xhrSend;
      }
      if (originals.httpRequest) http.request = originals.httpRequest;
      if (originals.httpsRequest) https.request = originals.httpsRequest;
      handlers = [];
    }
  };
}

module.exports = { setupServer, rest };
