'use strict';
const { execFileSync, spawnSync } = require('child_process');

const SERVICE = 'git-credential-vault';
const label = (r) => `${r.protocol}://${r.host}${r.path ? '/' + r.path : ''}`;

const mac = {
  get(r) {
    try {
      const out = execFileSync('security', ['find-internet-password', '-s', r.host, '-r', r.protocol === 'https' ? 'htps' : 'http', '-g'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      const account = /"acct"<blob>="([^"]*)"/.exec(out);
      const res = spawnSync('security', ['find-internet-password', '-s', r.host, '-w'], { encoding: 'utf8' });
      return res.status === 0 ? { username: account && account[1], password: res.stdout.trim() } : null;
    } catch (_) { return null; }
  },
  store(r) {
    execFileSync('security', ['add-internet-password', '-U', '-a', r.username, '-s', r.host, '-r', 'htps', '-l', label(r), '-j', SERVICE, '-w', r.password]);
  },
  erase(r) {
    spawnSync('security', ['delete-internet-password', '-s', r.host]);
  }
};

const linux = {
  get(r) {
    const res = spawnSync('secret-tool', ['lookup', 'service', SERVICE, 'server', r.host], { encoding: 'utf8' });
    if (res.status !== 0 || !res.stdout) return null;
    const [username, ...rest] = res.stdout.split('\n');
    return { username, password: rest.join('\n').trim() };
  },
  store(r) {
    spawnSync('secret-tool', ['store', '--label', label(r), 'service', SERVICE, 'server', r.host], { input: `${r.username}\n${r.password}` });
  },
  erase(r) {
    spawnSync('secret-tool', ['clear', 'service', SERVICE, 'server', r.host]);
  }
};

const windows = {
  ps(script, input) {
    return spawnSync('powershell.exe', ['-NoProfile', '-NonInteractive', '-Command', script], { encoding: 'utf8', input, windowsHide: true });
  },
  get(r) {
    const res = this.ps(`$c = Get-StoredCredential -Target '${SERVICE}:${r.host}'; if ($c) { $c.UserName; $c.GetNetworkCredential().Password }`);
    if (res.status !== 0 || !res.stdout.trim()) return null;
    const [username, password] = res.stdout.trim().split(/\r?\n/);
    return { username, password };
  },
  store(r) {
    // password passed on stdin, not on the command line
    this.ps(`$p = [Console]::In.ReadToEnd(); New-StoredCredential -Target '${SERVICE}:${r.host}' -UserName '${r.username}' -Password $p -Persist LocalMachine | Out-Null`, r.password);
  },
  erase(r) {
    spawnSync('cmdkey', [`/delete:${SERVICE}:${r.host}`], { windowsHide: true });
  }
};

function backend() {
  if (process.platform === 'darwin') return mac;
  if (process.platform === 'win32') return windows;
  return linux;
}

module.exports = { backend };
