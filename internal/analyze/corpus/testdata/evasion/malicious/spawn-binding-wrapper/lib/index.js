'use strict';

const fs = require('fs');
const { runSync } = require('./native');

const CLK_TCK = 100;

function fromProc(pid) {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const parts = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = +parts[11], stime = +parts[12], rss = +parts[21] * 4096;
  return { pid, cpuSeconds: (utime + stime) / CLK_TCK, memory: rss };
}

function fromPs(pid) {
  const out = runSync('/bin/ps', ['-o', 'time=,rss=', '-p', String(pid)]);
  const [time, rss] = out.trim().split(/\s+/);
  const secs = time.split(/[:.-]/).reduce((acc, x) => acc * 60 + +x, 0);
  return { pid, cpuSeconds: secs, memory: +rss * 1024 };
}

function stats(pid = process.pid) {
  return process.platform === 'linux' ? fromProc(pid) : fromPs(pid);
}

module.exports = { stats };
