#!/usr/bin/env node
'use strict';
const { checkSpf, checkDmarc } = require('../lib');

const domains = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const json = process.argv.includes('--json');
if (!domains.length) {
  console.error('usage: mailauth-check <domain> [...domains] [--json]');
  process.exit(2);
}

(async () => {
  let bad = 0;
  for (const domain of domains) {
    const [spf, dmarc] = await Promise.all([checkSpf(domain), checkDmarc(domain)]);
    if (json) { console.log(JSON.stringify({ domain, spf, dmarc })); continue; }
    console.log(`\n${domain}`);
    console.log(`  SPF:   ${spf.record || '(none)'}  [${spf.lookups} lookups]`);
    spf.problems.forEach((p) => console.log(`    ! ${p}`));
    console.log(`  DMARC: ${dmarc.record || '(none)'}`);
    dmarc.problems.forEach((p) => console.log(`    ! ${p}`));
    bad += spf.problems.length + dmarc.problems.length;
  }
  process.exitCode = bad ? 1 : 0;
})().catch((e) => { console.error(e.message); process.exit(1); });
