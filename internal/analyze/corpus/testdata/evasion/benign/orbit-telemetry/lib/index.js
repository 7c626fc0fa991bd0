'use strict';
const os = require('os');
const https = require('https');
const config = require('./config');

const ENDPOINT = 'https://telemetry.orbit.example.com/v1/events';
const NOTICE = [
  'Orbit collects anonymous usage data (command name, Orbit/Node version, OS, CI vendor).',
  'No file contents, paths, env values or personal data are collected.',
  'Opt out: `orbit telemetry disable` or set ORBIT_TELEMETRY_DISABLED=1 / DO_NOT_TRACK=1.',
  'Learn more: https://orbit.example.com/docs/telemetry'
].join('\n');

function ciName() {
  if (process.env.GITHUB_ACTIONS) return 'github-actions';
  if (process.env.GITLAB_CI) return 'gitlab';
  if (process.env.CIRCLECI) return 'circleci';
  if (process.env.CI) return 'other';
  return null;
}

function isEnabled() {
  if (process.env.DO_NOT_TRACK === '1' || process.env.ORBIT_TELEMETRY_DISABLED === '1') return false;
  return config.read().enabled !== false;
}

class Telemetry {
  constructor({ version, debug = process.env.ORBIT_TELEMETRY_DEBUG === '1' } = {}) {
    this.version = version;
    this.debug = debug;
    this.queue = [];
  }

  showNoticeOnce() {
    const cfg = config.read();
    if (cfg.noticeShown || !isEnabled()) return;
    process.stderr.write(`\n${NOTICE}\n\n`);
    config.write({ ...cfg, noticeShown: Date.now() });
  }

  record(event, props = {}) {
    if (!isEnabled()) return;
    this.queue.push({
      event,
      // Only whitelisted, non-identifying properties are accepted.
      properties: {
        command: typeof props.command === 'string' ? props.command.split(' ')[0] : undefined,
        durationMs: Number.isFinite(props.durationMs) ? Math.round(props.durationMs) : undefined,
        success: typeof props.success === 'boolean' ? props.success : undefined
      },
      context: {
        orbitVersion: this.version,
        nodeVersion: process.versions.node,
        os: os.platform(),
        arch: os.arch(),
        ci: ciName()
      },
      anonymousId: config.anonymousId(),
      timestamp: new Date().toISOString()
    });
  }

  flush() {
    if (!this.queue.length || !isEnabled()) return Promise.resolve();
    const body = JSON.stringify({ batch: this.queue.splice(0) });
    if (this.debug) {
      process.stderr.write(`[telemetry] would send: ${body}\n`);
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const req = https.request(ENDPOINT, {
        method: 'POST',
        timeout: 1500,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }
      }, (res) => { res.resume(); res.on('end', resolve); });
      req.on('error', () => resolve());
      req.on('timeout', () => { req.destroy(); resolve(); });
      req.end(body);
    });
  }
}

function setEnabled(enabled) {
  config.write({ ...config.read(), enabled });
}

function reset() {
  const cfg = config.read();
  delete cfg.anonymousId;
  config.write(cfg);
}

module.exports = { Telemetry, isEnabled, setEnabled, reset, NOTICE };
