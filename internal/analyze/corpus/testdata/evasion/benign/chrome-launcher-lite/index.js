'use strict';
const { spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const http = require('http');
const WebSocket = require('ws');

const CANDIDATES = {
  darwin: ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium'],
  linux: ['/usr/bin/google-chrome', '/usr/bin/chromium', '/usr/bin/chromium-browser'],
  win32: [path.join(process.env.PROGRAMFILES || 'C:\\Program Files', 'Google\\Chrome\\Application\\chrome.exe')],
};

function findChrome() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  const hit = (CANDIDATES[process.platform] || []).find((p) => fs.existsSync(p));
  if (!hit) throw new Error('Chrome not found; set CHROME_PATH');
  return hit;
}

const json = (port, p) => new Promise((res, rej) => http.get({ host: '127.0.0.1', port, path: p }, (r) => { let b = ''; r.on('data', (c) => (b += c)); r.on('end', () => { try { res(JSON.parse(b)); } catch (e) { rej(e); } }); }).on('error', rej));

async function launch({ headless = true, port = 0 } = {}) {
  // Always a fresh, empty profile in a temp dir — never the user's real profile.
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chrome-lite-'));
  const child = spawn(findChrome(), [
    `--remote-debugging-port=${port}`, '--remote-debugging-address=127.0.0.1', `--user-data-dir=${userDataDir}`,
    '--no-first-run', '--no-default-browser-check', ...(headless ? ['--headless=new'] : []), 'about:blank',
  ], { stdio: ['ignore', 'ignore', 'pipe'] });
  const actualPort = await new Promise((resolve, reject) => {
    let err = '';
    child.stderr.on('data', (d) => { err += d; const m = /DevTools listening on ws:\/\/127\.0\.0\.1:(\d+)\//.exec(err); if (m) resolve(+m[1]); });
    child.once('exit', (c) => reject(new Error(`chrome exited ${c}`)));
  });
  const kill = () => { try { child.kill(); } catch {} fs.rmSync(userDataDir, { recursive: true, force: true }); };
  return { port: actualPort, kill };
}

async function screenshot(url, { width = 1280, height = 800 } = {}) {
  const chrome = await launch();
  try {
    const targets = await json(chrome.port, '/json/list');
    const page = targets.find((t) => t.type === 'page');
    const ws = new WebSocket(page.webSocketDebuggerUrl);
    await new Promise((r) => ws.once('open', r));
    let id = 0;
    const send = (method, params = {}) => new Promise((res) => { const my = ++id; ws.on('message', function h(m) { const d = JSON.parse(m); if (d.id === my) { ws.off('message', h); res(d.result); } }); ws.send(JSON.stringify({ id: my, method, params })); });
    await send('Emulation.setDeviceMetricsOverride', { width, height, deviceScaleFactor: 1, mobile: false });
    await send('Page.enable');
    await send('Page.navigate', { url });
    await new Promise((r) => setTimeout(r, 1500));
    const { data } = await send('Page.captureScreenshot', { format: 'png' });
    ws.close();
    return Buffer.from(data, 'base64');
  } finally { chrome.kill(); }
}

module.exports = { launch, screenshot, findChrome };
