'use strict'

module.exports = function patchPg (pg, { tracer, wrap }) {
  const Client = pg.Client
  if (!Client || !Client.prototype) return
  wrap(Client.prototype, 'query', (query) => function tracedQuery (config, values, callback) {
    const text = typeof config === 'string' ? config : config && config.text
    const span = tracer.startSpan('pg.query', {
      type: 'sql',
      resource: text,
      tags: {
        'db.type': 'postgres',
        'db.name': this.connectionParameters && this.connectionParameters.database,
        'db.user': this.connectionParameters && this.connectionParameters.user,
        'out.host': this.connectionParameters && this.connectionParameters.host
      }
    })
    const cbIndex = typeof values === 'function' ? 1 : typeof callback === 'function' ? 2 : -1
    if (cbIndex !== -1) {
      const args = Array.prototype.slice.call(arguments)
      const cb = args[cbIndex]
      args[cbIndex] = function (err) { if (err) span.error = 1; span.finish(); return cb.apply(this, arguments) }
      return query.apply(this, args)
    }
    const result = query.apply(this, arguments)
    if (result && typeof result.then === 'function') {
      result.then(() => span.finish(), () => { span.error = 1; span.finish() })
    }
    return result
  })
}
