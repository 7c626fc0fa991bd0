'use strict';
const os = require('os');
const fs = require('fs');

function distro() {
  if (process.platform !== 'linux') return null;
  try {
    const txt = fs.readFileSync('/etc/os-release', 'utf8');
    const o = {};
    for (const line of txt.split('\n')) {
      const m = line.match(/^(\w+)=("?)(.*)\2$/);
      if (m) o[m[1]] = m[3];
    }
    return { id: o.ID, name: o.NAME, version: o.VERSION_ID, pretty: o.PRETTY_NAME };
  } catch (e) {
    return null;
  }
}

function info() {
  const cpus = os.cpus();
  return {
    platform: process.platform,
    arch: process.arch,
    release: os.release(),
    hostname: os.hostname(),
    distro: distro(),
    cpu: { model: cpus[0] && cpus[0].model, cores: cpus.length, speedMHz: cpus[0] && cpus[0].speed },
    memory: { total: os.totalmem(), free: os.freemem(), usedPct: +(100 * (1 - os.freemem() / os.totalmem())).toFixed(1) },
    uptimeSec: os.uptime(),
    node: process.version,
  };
}

module.exports = { info, distro };
