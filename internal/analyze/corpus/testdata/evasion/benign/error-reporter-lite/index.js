'use strict';
const os = require('os');
const { post } = require('./lib/transport');
const { scrubObject } = require('./lib/scrub');
const { errorHandler } = require('./lib/middleware');

class Reporter {
  constructor({ dsn, release, environment = process.env.NODE_ENV || 'production', enabled = true }) {
    if (!dsn) throw new Error('dsn is required');
    Object.assign(this, { dsn, release, environment, enabled });
  }

  capture(err, extra = {}) {
    if (!this.enabled) return;
    post(this.dsn, {
      message: err.message,
      type: err.name,
      stack: String(err.stack || '').split('\n').slice(0, 30),
      release: this.release,
      environment: this.environment,
      runtime: { node: process.version, platform: os.platform() },
      extra: scrubObject(extra),
      timestamp: new Date().toISOString(),
    });
  }

  installGlobalHandlers() {
    process.on('uncaughtException', (e) => { this.capture(e); });
    process.on('unhandledRejection', (r) => { this.capture(r instanceof Error ? r : new Error(String(r))); });
    return this;
  }
}

module.exports = { Reporter, errorHandler };
