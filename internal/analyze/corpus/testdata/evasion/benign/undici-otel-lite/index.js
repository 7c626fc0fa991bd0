'use strict';
const dc = require('diagnostics_channel');
const crypto = require('crypto');
const OtlpExporter = require('./exporter');

const active = new WeakMap();
const subs = [];
let exporter = null;
let ownUrl = null;

const hex = (n) => crypto.randomBytes(n).toString('hex');
const nowNs = () => (BigInt(Date.now()) * 1000000n).toString();
// Span attributes never contain header values; only method, scheme/host, path template and status.
const stripQuery = (p) => String(p || '/').split('?')[0];

function on(name, fn) { const ch = dc.channel(name); ch.subscribe(fn); subs.push([ch, fn]); }

function start(opts = {}) {
  exporter = new OtlpExporter(opts);
  if (!exporter.enabled) return false;
  ownUrl = exporter.url;
  on('undici:request:create', ({ request }) => {
    if (ownUrl && ownUrl.startsWith(String(request.origin))) return; // don't trace our own exports
    active.set(request, { traceId: hex(16), spanId: hex(8), name: `${request.method}`, startTimeUnixNano: nowNs(),
      attributes: [{ key: 'http.request.method', value: { stringValue: request.method } }, { key: 'server.address', value: { stringValue: String(request.origin) } }, { key: 'url.path', value: { stringValue: stripQuery(request.path) } }] });
  });
  on('undici:request:headers', ({ request, response }) => {
    const s = active.get(request); if (!s) return;
    s.attributes.push({ key: 'http.response.status_code', value: { intValue: response.statusCode } });
  });
  const end = ({ request, error }) => {
    const s = active.get(request); if (!s) return;
    active.delete(request);
    s.endTimeUnixNano = nowNs(); s.kind = 3; if (error) s.status = { code: 2, message: error.message };
    exporter.push(s);
  };
  on('undici:request:trailers', end);
  on('undici:request:error', end);
  const t = setInterval(() => exporter.flush(), 5000); t.unref();
  return true;
}

function stop() { for (const [ch, fn] of subs.splice(0)) ch.unsubscribe(fn); return exporter && exporter.flush(); }
module.exports = { start, stop };
