'use strict';
const os = require('os');
const config = require('./lib/config');
const { anonymousId } = require('./lib/anon-id');
const { send } = require('./lib/send');

class Telemetry {
  constructor({ tool, version, endpoint = 'https://telemetry.usage-telemetry.invalid/v1/events' }) {
    this.tool = tool;
    this.version = version;
    this.endpoint = endpoint;
    this.queue = [];
  }

  get enabled() {
    return !config.isDisabled(this.tool);
  }

  notice() {
    if (config.read().noticeShown) return;
    console.error(`${this.tool} collects anonymous usage data. Disable with DO_NOT_TRACK=1 or "${this.tool} telemetry disable".`);
    config.write({ ...config.read(), noticeShown: true });
  }

  track(command, { durationMs, success } = {}) {
    if (!this.enabled) return;
    // Only command name, timing and coarse platform info. No args, paths or env.
    this.queue.push({ command, durationMs, success, ts: Date.now() });
  }

  async flush() {
    if (!this.enabled || !this.queue.length) return;
    const events = this.queue.splice(0);
    await send(this.endpoint, {
      id: anonymousId(),
      tool: this.tool,
      version: this.version,
      platform: os.platform(),
      arch: os.arch(),
      node: process.versions.node.split('.')[0],
      events,
    });
  }
}

module.exports = { Telemetry, disable: () => config.setEnabled(false), enable: () => config.setEnabled(true) };
