'use strict';
const fs = require('fs');
const net = require('net');
const path = require('path');

const HOSTS_FILE = process.env.HOSTSCTL_FILE ||
  (process.platform === 'win32' ? path.join(process.env.SystemRoot || 'C:\\Windows', 'System32', 'drivers', 'etc', 'hosts') : '/etc/hosts');
const BEGIN = '# >>> hostsctl managed block (do not edit by hand) >>>';
const END = '# <<< hostsctl managed block <<<';
const HOSTNAME_RE = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i;

// Only non-routable / local TLDs may be mapped, so hostsctl can't be used to hijack real sites.
const ALLOWED_TLDS = ['test', 'localhost', 'local', 'internal', 'example', 'invalid'];

function validate(host, ip) {
  if (!HOSTNAME_RE.test(host)) throw new Error(`invalid hostname: ${host}`);
  const tld = host.split('.').pop().toLowerCase();
  if (!ALLOWED_TLDS.includes(tld)) throw new Error(`refusing to map ${host}: only .${ALLOWED_TLDS.join(', .')} domains are allowed`);
  if (!net.isIP(ip)) throw new Error(`invalid IP: ${ip}`);
}

function read(file = HOSTS_FILE) {
  const text = fs.readFileSync(file, 'utf8');
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(/\r?\n/);
  const b = lines.indexOf(BEGIN);
  const e = lines.indexOf(END);
  const managed = b >= 0 && e > b ? lines.slice(b + 1, e) : [];
  const outside = b >= 0 && e > b ? lines.slice(0, b).concat(lines.slice(e + 1)) : lines;
  const entries = managed
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => { const [ip, ...hosts] = l.split(/\s+/); return hosts.map((host) => ({ ip, host })); })
    .flat();
  return { outside, entries, eol };
}

function write(state, file = HOSTS_FILE) {
  const outside = state.outside.slice();
  while (outside.length && outside[outside.length - 1] === '') outside.pop();
  const block = state.entries.length ? ['', BEGIN, ...state.entries.map((x) => `${x.ip}\t${x.host}`), END] : [];
  const text = outside.concat(block).join(state.eol) + state.eol;
  const backup = `${file}.hostsctl.bak`;
  if (!fs.existsSync(backup)) fs.copyFileSync(file, backup);
  fs.writeFileSync(file, text);
}

function add(host, ip = '127.0.0.1') {
  validate(host, ip);
  const s = read();
  s.entries = s.entries.filter((x) => !(x.host === host && x.ip === ip));
  s.entries.push({ ip, host });
  if (ip === '127.0.0.1' && !s.entries.some((x) => x.host === host && x.ip === '::1')) s.entries.push({ ip: '::1', host });
  write(s);
}

function remove(host) {
  const s = read();
  const before = s.entries.length;
  s.entries = s.entries.filter((x) => x.host !== host);
  write(s);
  return before - s.entries.length;
}

function clear() {
  const s = read();
  s.entries = [];
  write(s);
}

module.exports = { add, remove, clear, list: () => read().entries, HOSTS_FILE, validate };
