#!/usr/bin/env node
'use strict';
const { snapshot, human } = require('./index');
const s = snapshot();
if (process.argv.includes('--json')) {
  console.log(JSON.stringify(s, null, 2));
} else {
  console.log(`${s.os.type} ${s.os.release} (${s.os.arch}) — ${s.cpu.model} x${s.cpu.cores}`);
  console.log(`Memory: ${human(s.memory.used)} / ${human(s.memory.total)}`);
  for (const d of s.disks) console.log(`Disk ${d.mount}: ${human(d.used)} used, ${human(d.free)} free`);
  console.log(`Node ${s.runtime.node}, uptime ${Math.round(s.os.uptime / 3600)}h`);
}
