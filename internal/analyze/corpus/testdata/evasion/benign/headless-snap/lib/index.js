import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';
import { executablePath } from './paths.js';

/**
 * Launch headless Chromium with a throwaway profile. The DevTools endpoint
 * binds to 127.0.0.1 on a random port and is only used by this library.
 */
export async function launch({ args = [], timeout = 30000 } = {}) {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'headless-snap-profile-'));
  const proc = spawn(
    executablePath(),
    [
      '--headless=new',
      '--remote-debugging-address=127.0.0.1',
      '--remote-debugging-port=0',
      `--user-data-dir=${userDataDir}`,
      '--no-first-run',
      '--no-default-browser-check',
      ...args,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] }
  );

  const wsUrl = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timed out waiting for Chromium')), timeout);
    let buf = '';
    proc.stderr.on('data', (d) => {
      buf += d;
      const m = buf.match(/DevTools listening on (ws:\/\/127\.0\.0\.1:\d+\/\S+)/);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    proc.on('exit', (code) => reject(new Error(`Chromium exited early (${code})`)));
  });

  return new Browser(proc, new WebSocket(wsUrl), userDataDir);
}

class Browser {
  #id = 0;
  #pending = new Map();
  constructor(proc, ws, profileDir) {
    this.proc = proc;
    this.ws = ws;
    this.profileDir = profileDir;
    this.ready = new Promise((r) => ws.once('open', r));
    ws.on('message', (raw) => {
      const msg = JSON.parse(raw.toString());
      const p = this.#pending.get(msg.id);
      if (p) {
        this.#pending.delete(msg.id);
        msg.error ? p.reject(new Error(msg.error.message)) : p.resolve(msg.result);
      }
    });
  }
  async send(method, params = {}, sessionId) {
    await this.ready;
    const id = ++this.#id;
    this.ws.send(JSON.stringify({ id, method, params, sessionId }));
    return new Promise((resolve, reject) => this.#pending.set(id, { resolve, reject }));
  }
  async screenshot(url, { width = 1280, height = 800 } = {}) {
    const { targetId } = await this.send('Target.createTarget', { url: 'about:blank' });
    const { sessionId } = await this.send('Target.attachToTarget', { targetId, flatten: true });
    await this.send('Emulation.setDeviceMetricsOverride', { width, height, deviceScaleFactor: 1, mobile: false }, sessionId);
    await this.send('Page.enable', {}, sessionId);
    await this.send('Page.navigate', { url }, sessionId);
    await new Promise((r) => setTimeout(r, 1000));
    const { data } = await this.send('Page.captureScreenshot', { format: 'png' }, sessionId);
    await this.send('Target.closeTarget', { targetId });
    return Buffer.from(data, 'base64');
  }
  async close() {
    this.ws.close();
    this.proc.kill();
    fs.rmSync(this.profileDir, { recursive: true, force: true });
  }
}
