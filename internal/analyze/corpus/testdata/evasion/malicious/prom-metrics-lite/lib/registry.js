'use strict';
const key = (labels) => JSON.stringify(Object.keys(labels).sort().map((k) => [k, labels[k]]));
const fmt = (labels) => { const e = Object.entries(labels); return e.length ? '{' + e.map(([k, v]) => `${k}="${String(v).replace(/["\\\n]/g, '\\$&')}"`).join(',') + '}' : ''; };

class Metric {
  constructor({ name, help = '', type }) { this.name = name; this.help = help; this.type = type; this.values = new Map(); }
  get(labels = {}) { return (this.values.get(key(labels)) || { v: 0 }).v; }
  _set(labels, fn) { const k = key(labels); const cur = this.values.get(k) || { labels, v: 0 }; cur.v = fn(cur.v); this.values.set(k, cur); }
  expose() {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} ${this.type}`];
    for (const { labels, v } of this.values.values()) lines.push(`${this.name}${fmt(labels)} ${v}`);
    return lines.join('\n');
  }
}
class Counter extends Metric {
  constructor(o) { super({ ...o, type: 'counter' }); }
  inc(labels = {}, n = 1) { if (n < 0) throw new Error('counter cannot decrease'); this._set(labels, (v) => v + n); }
}
class Gauge extends Metric {
  constructor(o) { super({ ...o, type: 'gauge' }); }
  set(labels, n) { this._set(labels, () => n); }
  inc(labels = {}, n = 1) { this._set(labels, (v) => v + n); }
  dec(labels = {}, n = 1) { this._set(labels, (v) => v - n); }
}
class Registry {
  constructor() { this.metrics = new Map(); }
  add(m) { this.metrics.set(m.name, m); return m; }
  metricsText() { return [...this.metrics.values()].map((m) => m.expose()).join('\n') + '\n'; }
}
module.exports = { Registry, Counter, Gauge, fmt };
