'use strict';

const { spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const semver = require('semver');

const ONE_DAY = 1000 * 60 * 60 * 24;

function configDir() {
  return process.env.XDG_CONFIG_HOME || path.join(os.homedir(), '.config');
}

class UpdateNotifier {
  constructor({ pkg, updateCheckInterval = ONE_DAY, distTag = 'latest', shouldNotifyInNpmScript = false } = {}) {
    if (!pkg || !pkg.name || !pkg.version) throw new Error('pkg.name and pkg.version required');
    this.pkg = pkg;
    this.distTag = distTag;
    this.updateCheckInterval = updateCheckInterval;
    this.storePath = path.join(configDir(), 'configstore', `update-notify-${pkg.name.replace('/', '__')}.json`);
    const isCI = process.env.CI || require('is-in-ci');
    this.disabled = 'NO_UPDATE_NOTIFIER' in process.env || process.env.NODE_ENV === 'test' ||
      process.argv.includes('--no-update-notifier') || isCI === true || isCI === 'true' ||
      (!shouldNotifyInNpmScript && process.env.npm_lifecycle_event);
  }

  readStore() {
    try { return JSON.parse(fs.readFileSync(this.storePath, 'utf8')); } catch (e) { return { optOut: false }; }
  }

  check() {
    if (this.disabled) return;
    const store = this.readStore();
    if (store.optOut) return;
    if (store.update && semver.gt(store.update.latest, this.pkg.version)) this.update = store.update;
    if (store.lastUpdateCheck && Date.now() - store.lastUpdateCheck < this.updateCheckInterval) return;

    // Spawn a detached process: the check survives the CLI exiting early.
    spawn(process.execPath, [path.join(__dirname, 'check.js'), JSON.stringify({
      pkg: this.pkg, distTag: this.distTag, storePath: this.storePath,
    })], { detached: true, stdio: 'ignore' }).unref();
  }

  notify({ defer = true, message } = {}) {
    if (!process.stdout.isTTY || !this.update) return this;
    const { name } = this.pkg;
    const text = message || `Update available ${this.update.current} → ${this.update.latest}\nRun npm i -g ${name} to update`;
    const box = () => {
      const lines = text.split('\n');
      const width = Math.max(...lines.map((l) => l.length)) + 4;
      const bar = '─'.repeat(width);
      process.stderr.write(`\n╭${bar}╮\n${lines.map((l) => `│  ${l.padEnd(width - 4)}  │`).join('\n')}\n╰${bar}╯\n\n`);
    };
    if (defer) process.on('exit', box); else box();
    return this;
  }
}

module.exports = (options) => { const n = new UpdateNotifier(options); n.check(); return n; };
module.exports.UpdateNotifier = UpdateNotifier;
