'use strict';
const os = require('os');
const fs = require('fs');
const { execFileSync } = require('child_process');

const esc = (v) => String(v).replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
const labels = (o) => '{' + Object.entries(o).map(([k, v]) => `${k}="${esc(v)}"`).join(',') + '}';

function diskUsage() {
  if (process.platform === 'win32') return [];
  try {
    const out = execFileSync('df', ['-kP'], { encoding: 'utf8', timeout: 5000 });
    return out.trim().split('\n').slice(1).map((l) => l.split(/\s+/)).filter((c) => c[0].startsWith('/dev/')).map((c) => ({
      device: c[0], mount: c[5], sizeBytes: Number(c[1]) * 1024, usedBytes: Number(c[2]) * 1024,
    }));
  } catch (_) {
    return [];
  }
}

function netCounters() {
  const res = {};
  try {
    const lines = fs.readFileSync('/proc/net/dev', 'utf8').split('\n').slice(2);
    for (const l of lines) {
      const m = l.trim().match(/^([^:]+):\s*(.*)$/);
      if (!m) continue;
      const f = m[2].split(/\s+/).map(Number);
      res[m[1]] = { rx: f[0], tx: f[8] };
    }
  } catch (_) { /* non-Linux */ }
  return res;
}

function collect({ withMac = false } = {}) {
  const lines = [];
  const metric = (name, help, type, samples) => {
    lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`);
    for (const [l, v] of samples) lines.push(`${name}${l ? labels(l) : ''} ${v}`);
  };

  metric('hostpulse_info', 'Static host information', 'gauge', [[{ hostname: os.hostname(), os: os.type(), kernel: os.release(), arch: os.arch(), cpus: os.cpus().length }, 1]]);
  metric('hostpulse_uptime_seconds', 'System uptime', 'gauge', [[null, os.uptime()]]);
  const [l1, l5, l15] = os.loadavg();
  metric('hostpulse_load', 'Load average', 'gauge', [[{ period: '1m' }, l1], [{ period: '5m' }, l5], [{ period: '15m' }, l15]]);
  metric('hostpulse_memory_bytes', 'Memory', 'gauge', [[{ kind: 'total' }, os.totalmem()], [{ kind: 'free' }, os.freemem()]]);

  const cpuSamples = [];
  os.cpus().forEach((c, i) => {
    for (const [mode, ms] of Object.entries(c.times)) cpuSamples.push([{ cpu: i, mode }, ms / 1000]);
  });
  metric('hostpulse_cpu_seconds_total', 'CPU time per mode', 'counter', cpuSamples);

  metric('hostpulse_filesystem_bytes', 'Filesystem size/usage', 'gauge', diskUsage().flatMap((d) => [
    [{ device: d.device, mount: d.mount, kind: 'size' }, d.sizeBytes],
    [{ device: d.device, mount: d.mount, kind: 'used' }, d.usedBytes],
  ]));

  const ifaces = os.networkInterfaces();
  const addr = [];
  for (const [name, list] of Object.entries(ifaces)) {
    for (const a of list || []) {
      const l = { iface: name, family: a.family, address: a.address, internal: a.internal };
      if (withMac) l.mac = a.mac;
      addr.push([l, 1]);
    }
  }
  metric('hostpulse_network_address_info', 'Addresses assigned to interfaces', 'gauge', addr);
  const counters = netCounters();
  metric('hostpulse_network_bytes_total', 'Interface byte counters', 'counter', Object.entries(counters).flatMap(([iface, c]) => [
    [{ iface, direction: 'rx' }, c.rx], [{ iface, direction: 'tx' }, c.tx],
  ]));
  return lines.join('\n') + '\n';
}

module.exports = { collect, diskUsage, netCounters };
