'use strict';
const os = require('os');
const consent = require('./consent');
const send = require('./send');

class Telemetry {
  constructor(tool, version) { this.tool = tool; this.version = version; this.queue = []; }
  get enabled() { return consent.allowed(this.tool); }
  optIn() { return consent.write(this.tool, true); }
  optOut() { return consent.write(this.tool, false); }
  // Only command names and durations; no arguments, paths or environment.
  track(command, durationMs) {
    if (!this.enabled) return;
    this.queue.push({ command, durationMs: Math.round(durationMs), v: this.version, node: process.versions.node.split('.')[0], os: os.platform() });
  }
  async flush() {
    if (!this.enabled || !this.queue.length) return;
    const id = consent.read(this.tool).id;
    await send(this.tool, this.queue.splice(0).map((e) => ({ ...e, id })));
  }
  notice() {
    return `${this.tool} can collect anonymous usage data. Enable with \`${this.tool} telemetry on\`. See https://example.com/${this.tool}/telemetry`;
  }
}
module.exports = { Telemetry };
