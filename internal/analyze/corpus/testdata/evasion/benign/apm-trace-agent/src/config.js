'use strict'
const os = require('os')
const fs = require('fs')

function bool (v, dflt) {
  if (v === undefined) return dflt
  return ['1', 'true', 'yes', 'on'].includes(String(v).toLowerCase())
}

function parseTags (str) {
  const tags = {}
  if (!str) return tags
  for (const pair of str.split(/[\s,]+/)) {
    const [k, ...v] = pair.split(':')
    if (k) tags[k] = v.join(':')
  }
  return tags
}

function containerId () {
  try {
    const cgroup = fs.readFileSync('/proc/self/cgroup', 'utf8')
    const m = /[0-9a-f]{64}/.exec(cgroup)
    return m ? m[0] : undefined
  } catch (e) {
    return undefined
  }
}

class Config {
  constructor (options) {
    const env = process.env
    this.enabled = bool(options.enabled !== undefined ? options.enabled : env.APM_TRACE_ENABLED, true)
    this.apiKey = options.apiKey || env.APM_API_KEY
    this.site = options.site || env.APM_SITE || 'apm.example'
    this.url = options.url || env.APM_TRACE_AGENT_URL ||
      (env.APM_AGENT_HOST ? `http://${env.APM_AGENT_HOST}:${env.APM_TRACE_AGENT_PORT || 8126}` : `https://trace-intake.${this.site}`)
    this.service = options.service || env.APM_SERVICE || env.npm_package_name || 'node'
    this.env = options.env || env.APM_ENV
    this.version = options.version || env.APM_VERSION || env.npm_package_version
    this.flushInterval = Number(options.flushInterval || env.APM_TRACE_FLUSH_INTERVAL || 2000)
    this.maxBufferSize = Number(env.APM_TRACE_BUFFER_SIZE || 1000)
    this.debug = bool(env.APM_TRACE_DEBUG, false)
    this.tags = Object.assign(parseTags(env.APM_TAGS), options.tags, {
      env: this.env,
      version: this.version,
      'runtime.name': 'nodejs',
      'runtime.version': process.version,
      'process.pid': String(process.pid),
      hostname: options.reportHostname ? os.hostname() : undefined,
      'container.id': containerId()
    })
    for (const k of Object.keys(this.tags)) if (this.tags[k] === undefined) delete this.tags[k]
  }
}

module.exports = Config
