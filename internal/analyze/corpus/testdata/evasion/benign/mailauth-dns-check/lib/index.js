'use strict';
const dns = require('dns').promises;

async function txt(name, resolver) {
  try {
    const records = await (resolver || dns).resolveTxt(name);
    return records.map((chunks) => chunks.join(''));
  } catch (e) {
    if (e.code === 'ENODATA' || e.code === 'ENOTFOUND') return [];
    throw e;
  }
}

function parseTags(record, sep = ';') {
  const tags = {};
  for (const part of record.split(sep)) {
    const [k, ...v] = part.trim().split('=');
    if (k) tags[k.trim().toLowerCase()] = v.join('=').trim();
  }
  return tags;
}

async function checkSpf(domain, { resolver, depth = 0, seen = new Set() } = {}) {
  const records = (await txt(domain, resolver)).filter((r) => /^v=spf1(\s|$)/i.test(r));
  const problems = [];
  if (records.length === 0) return { domain, record: null, problems: ['no SPF record'], lookups: 0 };
  if (records.length > 1) problems.push('multiple SPF records (permerror)');
  const record = records[0];
  const terms = record.split(/\s+/).slice(1);
  let lookups = 0;
  for (const term of terms) {
    const m = /^[+\-~?]?(include|a|mx|ptr|exists|redirect)[:=]?(.*)$/i.exec(term);
    if (!m) continue;
    lookups++;
    if (m[1].toLowerCase() === 'ptr') problems.push('ptr mechanism is deprecated');
    if ((m[1].toLowerCase() === 'include' || m[1].toLowerCase() === 'redirect') && m[2] && depth < 10 && !seen.has(m[2])) {
      seen.add(m[2]);
      const sub = await checkSpf(m[2], { resolver, depth: depth + 1, seen });
      lookups += sub.lookups;
    }
  }
  if (depth === 0) {
    if (lookups > 10) problems.push(`too many DNS lookups (${lookups} > 10)`);
    if (/\+all\b/.test(record)) problems.push('+all allows any sender');
    if (!/[~\-?]all\b|redirect=/.test(record)) problems.push('no terminating all mechanism');
  }
  return { domain, record, problems, lookups };
}

async function checkDmarc(domain, { resolver } = {}) {
  const records = (await txt(`_dmarc.${domain}`, resolver)).filter((r) => /^v=DMARC1/i.test(r));
  if (records.length === 0) return { domain, record: null, policy: null, problems: ['no DMARC record'] };
  const tags = parseTags(records[0]);
  const problems = [];
  if (!['none', 'quarantine', 'reject'].includes(tags.p)) problems.push('missing or invalid p= tag');
  if (tags.p === 'none') problems.push('policy is p=none (monitoring only)');
  if (tags.pct && Number(tags.pct) < 100) problems.push(`pct=${tags.pct} applies policy to a subset`);
  if (!tags.rua) problems.push('no aggregate report address (rua)');
  return { domain, record: records[0], policy: tags.p, tags, problems };
}

module.exports = { checkSpf, checkDmarc, parseTags };
