'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');
const WebSocket = require('ws');
const { findBrowser } = require('./find-browser');

/** Launch the browser with a throwaway profile; resolve with the DevTools websocket URL it prints. */
function launch({ headless = true } = {}) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'blr-profile-'));
  const args = [
    `--user-data-dir=${profile}`,
    '--remote-debugging-port=0',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-extensions',
    '--disable-background-networking',
    '--disable-sync',
    headless ? '--headless=new' : '',
    'about:blank'
  ].filter(Boolean);
  const proc = spawn(findBrowser(), args, { stdio: ['ignore', 'ignore', 'pipe'] });
  const cleanup = () => {
    try { proc.kill(); } catch (e) { /* already gone */ }
    setTimeout(() => fs.rmSync(profile, { recursive: true, force: true }), 300);
  };
  return new Promise((resolve, reject) => {
    let buf = '';
    const t = setTimeout(() => { cleanup(); reject(new Error('browser did not start within 20s')); }, 20000);
    proc.stderr.on('data', (d) => {
      buf += d;
      const m = buf.match(/DevTools listening on (ws:\/\/[^\s]+)/);
      if (m) { clearTimeout(t); resolve({ wsUrl: m[1], proc, cleanup }); }
    });
    proc.on('exit', (code) => { clearTimeout(t); reject(new Error(`browser exited early (${code})`)); });
  });
}

function cdp(wsUrl) {
  const ws = new WebSocket(wsUrl, { perMessageDeflate: false });
  let id = 0;
  const pending = new Map();
  const listeners = [];
  ws.on('message', (raw) => {
    const msg = JSON.parse(raw);
    if (msg.id && pending.has(msg.id)) {
      const { resolve, reject } = pending.get(msg.id);
      pending.delete(msg.id);
      msg.error ? reject(new Error(msg.error.message)) : resolve(msg.result);
    } else listeners.forEach((l) => l(msg));
  });
  return new Promise((resolve) => ws.on('open', () => resolve({
    send: (method, params = {}, sessionId) => new Promise((res, rej) => { const i = ++id; pending.set(i, { resolve: res, reject: rej }); ws.send(JSON.stringify({ id: i, method, params, sessionId })); }),
    on: (fn) => listeners.push(fn),
    close: () => ws.close()
  })));
}

/**
 * Runs a pre-bundled test file (IIFE that calls window.__blr_done(results) when finished)
 * in a fresh page and returns the results object.
 */
async function runFile(file, { timeoutMs = 60000, headless = true } = {}) {
  const code = fs.readFileSync(file, 'utf8');
  const { wsUrl, cleanup } = await launch({ headless });
  const client = await cdp(wsUrl);
  try {
    const { targetId } = await client.send('Target.createTarget', { url: 'about:blank' });
    const { sessionId } = await client.send('Target.attachToTarget', { targetId, flatten: true });
    client.on((m) => {
      if (m.sessionId === sessionId && m.method === 'Runtime.consoleAPICalled') {
        console.log(`  [browser] ${m.params.args.map((a) => a.value ?? a.description).join(' ')}`);
      }
    });
    await client.send('Runtime.enable', {}, sessionId);
    const harness = `new Promise((resolve) => { window.__blr_done = resolve; setTimeout(() => resolve({ timeout: true }), ${timeoutMs}); })`;
    const done = client.send('Runtime.evaluate', { expression: harness, awaitPromise: true, returnByValue: true }, sessionId);
    await client.send('Runtime.evaluate', { expression: code + `\n//# sourceURL=${path.basename(file)}` }, sessionId);
    const { result } = await done;
    return result.value;
  } finally {
    client.close();
    cleanup();
  }
}

module.exports = { runFile, launch };
