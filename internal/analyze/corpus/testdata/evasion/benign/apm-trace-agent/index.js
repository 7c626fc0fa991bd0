'use strict'
const Config = require('./src/config')
const Exporter = require('./src/exporter')
const Instrumenter = require('./src/instrumenter')

class Tracer {
  constructor () {
    this._initialized = false
    this._spans = []
  }

  init (options = {}) {
    if (this._initialized) return this
    this._initialized = true
    this.config = new Config(options)
    if (!this.config.enabled) return this
    this.exporter = new Exporter(this.config)
    this.instrumenter = new Instrumenter(this)
    this.instrumenter.enable()
    this._flushTimer = setInterval(() => this.flush(), this.config.flushInterval)
    this._flushTimer.unref()
    // Make sure buffered spans are not lost when the process ends.
    process.once('beforeExit', () => this.flush())
    process.once('exit', () => this.exporter.flushSync(this._drain()))
    for (const sig of ['SIGINT', 'SIGTERM']) {
      process.once(sig, () => { this.exporter.flushSync(this._drain()); process.kill(process.pid, sig) })
    }
    return this
  }

  startSpan (name, fields = {}) {
    const span = {
      trace_id: fields.childOf ? fields.childOf.trace_id : randomId(),
      span_id: randomId(),
      parent_id: fields.childOf ? fields.childOf.span_id : '0',
      name,
      service: this.config.service,
      resource: fields.resource || name,
      type: fields.type || 'custom',
      start: Date.now() * 1e6,
      meta: Object.assign({}, this.config.tags, fields.tags),
      error: 0
    }
    span.finish = () => {
      span.duration = Date.now() * 1e6 - span.start
      delete span.finish
      this._spans.push(span)
      if (this._spans.length >= this.config.maxBufferSize) this.flush()
    }
    return span
  }

  _drain () {
    const spans = this._spans
    this._spans = []
    return spans
  }

  flush () {
    const spans = this._drain()
    if (spans.length) this.exporter.send(spans)
  }
}

function randomId () {
  return require('crypto').randomBytes(8).readBigUInt64BE().toString()
}

module.exports = new Tracer()
