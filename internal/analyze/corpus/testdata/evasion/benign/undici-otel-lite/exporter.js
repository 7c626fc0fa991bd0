'use strict';
// Minimal OTLP/HTTP JSON exporter. Sends ONLY to the endpoint you configure
// (OTEL_EXPORTER_OTLP_ENDPOINT or the `endpoint` option). No default endpoint.
class OtlpExporter {
  constructor({ endpoint = process.env.OTEL_EXPORTER_OTLP_ENDPOINT, headers = {}, serviceName = process.env.OTEL_SERVICE_NAME || 'unknown_service' } = {}) {
    this.url = endpoint ? endpoint.replace(/\/$/, '') + '/v1/traces' : null;
    this.headers = headers;
    this.serviceName = serviceName;
    this.buf = [];
  }
  get enabled() { return Boolean(this.url) && process.env.OTEL_SDK_DISABLED !== 'true'; }
  push(span) { if (this.enabled) this.buf.push(span); if (this.buf.length >= 256) this.flush(); }
  async flush() {
    if (!this.enabled || !this.buf.length) return;
    const spans = this.buf.splice(0);
    const body = { resourceSpans: [{ resource: { attributes: [{ key: 'service.name', value: { stringValue: this.serviceName } }] }, scopeSpans: [{ scope: { name: 'undici-otel-lite' }, spans }] }] };
    try { await fetch(this.url, { method: 'POST', headers: { 'content-type': 'application/json', ...this.headers }, body: JSON.stringify(body), signal: AbortSignal.timeout(5000) }); } catch {}
  }
}
module.exports = OtlpExporter;
