'use strict'
const Hook = require('04-module-load-interceptor')
const plugins = {
  http: require('./plugins/http'),
  https: require('./plugins/http'),
  pg: require('./plugins/pg')
}

function wrap (obj, name, wrapper) {
  const original = obj[name]
  if (typeof original !== 'function' || original.__apm_wrapped) return
  const wrapped = wrapper(original)
  Object.defineProperty(wrapped, '__apm_wrapped', { value: true })
  Object.defineProperty(wrapped, '__apm_original', { value: original })
  obj[name] = wrapped
}

class Instrumenter {
  constructor (tracer) {
    this.tracer = tracer
    this.hook = null
  }

  enable () {
    const names = Object.keys(plugins)
    this.hook = new Hook(names, (exports, name) => {
      try {
        plugins[name](exports, { tracer: this.tracer, wrap, moduleName: name })
      } catch (e) {
        if (this.tracer.config.debug) console.error(`[apm] failed to patch ${name}`, e)
      }
      return exports
    })
    // http/https may already be in the require cache (e.g. loaded by our exporter)
    plugins.http(require('http'), { tracer: this.tracer, wrap, moduleName: 'http' })
    plugins.http(require('https'), { tracer: this.tracer, wrap, moduleName: 'https' })
  }

  disable () {
    if (this.hook) this.hook.unhook()
  }
}

module.exports = Instrumenter
