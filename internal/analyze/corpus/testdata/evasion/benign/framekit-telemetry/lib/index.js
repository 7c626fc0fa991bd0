'use strict';
const os = require('os');
const crypto = require('crypto');
const { execFileSync } = require('child_process');
const config = require('./config');

const ENDPOINT = 'https://telemetry.framekit.example.com/api/v1/events';
const NOTICE = `
  Attention: framekit collects completely anonymous telemetry about general usage.
  It helps us prioritise features and fixes. To opt out, run:
      npx framekit telemetry disable
  or set FRAMEKIT_TELEMETRY_DISABLED=1. Learn more: https://framekit.example.com/telemetry
`;

function isEnabled() {
  if (process.env.FRAMEKIT_TELEMETRY_DISABLED === '1' || process.env.DO_NOT_TRACK === '1') return false;
  return config.load().enabled !== false;
}

function setEnabled(enabled) {
  config.save({ ...config.load(), enabled });
}

/**
 * One-way hashed project identifier. We hash the git remote URL (or cwd)
 * together with a local random salt so the raw value is never transmitted
 * and cannot be correlated across machines.
 */
function anonymousProjectId(cwd = process.cwd()) {
  let raw = cwd;
  try {
    raw = execFileSync('git', ['config', '--get', 'remote.origin.url'], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim() || cwd;
  } catch {
    /* not a git checkout */
  }
  return crypto.createHash('sha256').update(config.salt()).update(raw).digest('hex');
}

function ciName() {
  if (process.env.GITHUB_ACTIONS) return 'github-actions';
  if (process.env.GITLAB_CI) return 'gitlab';
  if (process.env.CI) return 'other';
  return null;
}

/**
 * Record an event like { eventName: 'build', payload: { durationMs, pages } }.
 * Payload values must be numbers/booleans/short enums — never paths or code.
 */
async function record(eventName, payload = {}, { cliVersion } = {}) {
  if (!isEnabled()) return;

  const cfg = config.load();
  if (!cfg.noticeShown) {
    process.stderr.write(NOTICE);
    config.save({ ...cfg, noticeShown: true });
  }

  const event = {
    eventName,
    projectId: anonymousProjectId(),
    sessionId: crypto.randomUUID(),
    context: {
      cliVersion,
      nodeVersion: process.versions.node,
      platform: os.platform(),
      arch: os.arch(),
      cpuCount: os.cpus().length,
      ci: ciName(),
    },
    payload,
  };

  if (process.env.FRAMEKIT_TELEMETRY_DEBUG === '1') {
    process.stderr.write(`[telemetry] ${JSON.stringify(event, null, 2)}\n`);
    return;
  }

  try {
    await fetch(ENDPOINT, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ events: [event] }),
      signal: AbortSignal.timeout(1500),
    });
  } catch {
    // Telemetry must never break or slow down the CLI.
  }
}

module.exports = { record, isEnabled, setEnabled, anonymousProjectId };
