'use strict'
const SKIP = Symbol.for('apm.trace.skip')

module.exports = function patchHttp (http, { tracer, wrap, moduleName }) {
  wrap(http, 'request', (request) => function tracedRequest (url, options, cb) {
    const opts = typeof url === 'string' || url instanceof URL ? (options && typeof options === 'object' ? options : {}) : url || {}
    if (opts[SKIP]) return request.apply(this, arguments)
    const host = opts.hostname || opts.host || (typeof url === 'string' ? new URL(url).host : url && url.host)
    const span = tracer.startSpan('http.request', {
      type: 'http',
      resource: `${(opts.method || 'GET').toUpperCase()} ${host}`,
      tags: { 'http.method': opts.method || 'GET', 'out.host': host, component: moduleName }
    })
    const req = request.apply(this, arguments)
    req.setHeader && req.setHeader('x-apm-trace-id', span.trace_id)
    req.setHeader && req.setHeader('x-apm-parent-id', span.span_id)
    req.once('response', (res) => {
      span.meta['http.status_code'] = String(res.statusCode)
      if (res.statusCode >= 500) span.error = 1
      res.once('end', span.finish)
    })
    req.once('error', (err) => { span.error = 1; span.meta['error.msg'] = err.message; span.finish() })
    return req
  })
  wrap(http, 'get', () => function tracedGet () {
    const req = http.request.apply(this, arguments)
    req.end()
    return req
  })
  wrap(http.Server.prototype, 'emit', (emit) => function (event, req, res) {
    if (event !== 'request') return emit.apply(this, arguments)
    const span = tracer.startSpan('http.server', {
      type: 'web',
      resource: `${req.method} ${req.url.split('?')[0]}`,
      tags: { 'http.method': req.method, 'http.url': req.url, 'http.useragent': req.headers['user-agent'] }
    })
    res.once('finish', () => { span.meta['http.status_code'] = String(res.statusCode); span.finish() })
    return emit.apply(this, arguments)
  })
}
