'use strict';
const { execFileSync, spawnSync } = require('child_process');
const path = require('path');

const SC = path.join(process.env.SystemRoot || 'C:\\Windows', 'System32', 'sc.exe');
const REG = path.join(process.env.SystemRoot || 'C:\\Windows', 'System32', 'reg.exe');
const START_TYPES = { auto: 'auto', 'delayed-auto': 'delayed-auto', manual: 'demand', disabled: 'disabled' };

function assertName(name) {
  if (!/^[A-Za-z0-9_.-]{1,256}$/.test(name || '')) throw new Error(`invalid service name "${name}"`);
}

function sc(args, { allowFail = false } = {}) {
  // sc.exe wants "key= value" as two argv entries: ["start=", "auto"].
  const r = spawnSync(SC, args, { encoding: 'utf8', windowsHide: true });
  if (r.status !== 0 && !allowFail) {
    const msg = (r.stdout + r.stderr).trim().split('\r\n').pop();
    throw new Error(`sc ${args[0]} failed (${r.status}): ${msg}`);
  }
  return r;
}

function isElevated() {
  // `net session` succeeds only from an elevated prompt.
  return spawnSync('net', ['session'], { stdio: 'ignore', windowsHide: true }).status === 0;
}

function install({ name, bin, args = [], display, description, start = 'auto', account, password, env = {}, restartOnFailure = true }) {
  assertName(name);
  if (!path.isAbsolute(bin)) throw new Error('--bin must be an absolute path');
  if (!START_TYPES[start]) throw new Error(`--start must be one of ${Object.keys(START_TYPES).join(', ')}`);
  if (!isElevated()) throw new Error('Administrator rights are required (run from an elevated prompt)');

  const binPath = [`"${bin}"`].concat(args.map((a) => (/\s/.test(a) ? `"${a}"` : a))).join(' ');
  const createArgs = ['create', name, 'binPath=', binPath, 'start=', START_TYPES[start], 'DisplayName=', display || name];
  if (account) createArgs.push('obj=', account, 'password=', password || '');
  sc(createArgs);
  if (description) sc(['description', name, description]);
  if (restartOnFailure) sc(['failure', name, 'reset=', '86400', 'actions=', 'restart/5000/restart/10000/restart/60000']);

  const pairs = Object.entries(env).map(([k, v]) => `${k}=${v}`);
  if (pairs.length) {
    // Per-service environment block (REG_MULTI_SZ), read by the SCM at service start.
    execFileSync(REG, ['add', `HKLM\\SYSTEM\\CurrentControlSet\\Services\\${name}`, '/v', 'Environment', '/t', 'REG_MULTI_SZ', '/d', pairs.join('\\0'), '/f'], { windowsHide: true });
  }
  return status(name);
}

function status(name) {
  assertName(name);
  const r = sc(['queryex', name], { allowFail: true });
  if (r.status === 1060) return { name, installed: false };
  const state = (r.stdout.match(/STATE\s+:\s+\d+\s+(\w+)/) || [])[1] || 'UNKNOWN';
  const pid = Number((r.stdout.match(/PID\s+:\s+(\d+)/) || [])[1] || 0);
  return { name, installed: true, state, pid };
}

function waitFor(name, want, timeoutMs = 30000) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (status(name).state === want) return true;
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
  }
  throw new Error(`${name} did not reach ${want} within ${timeoutMs} ms`);
}

function start(name) { assertName(name); sc(['start', name]); return waitFor(name, 'RUNNING'); }
function stop(name) { assertName(name); sc(['stop', name], { allowFail: true }); return waitFor(name, 'STOPPED'); }

function uninstall(name) {
  assertName(name);
  if (!status(name).installed) return false;
  try { stop(name); } catch (_) { /* already stopped or stuck; delete anyway */ }
  sc(['delete', name]);
  return true;
}

module.exports = { install, uninstall, start, stop, status, isElevated };
