'use strict';
const fs = require('fs');
const path = require('path');

const LICENSE_FILE = /^(licen[cs]e|copying|notice)(\.(md|txt|markdown))?$/i;
const SNIFF = [
  [/MIT License|Permission is hereby granted, free of charge/i, 'MIT'],
  [/Apache License,? Version 2\.0/i, 'Apache-2.0'],
  [/GNU GENERAL PUBLIC LICENSE\s+Version 3/i, 'GPL-3.0'],
  [/GNU GENERAL PUBLIC LICENSE\s+Version 2/i, 'GPL-2.0'],
  [/GNU LESSER GENERAL PUBLIC LICENSE/i, 'LGPL'],
  [/Redistribution and use in source and binary forms/i, 'BSD'],
  [/ISC License|Permission to use, copy, modify, and\/or distribute/i, 'ISC'],
  [/Mozilla Public License,? (v\. |Version )2\.0/i, 'MPL-2.0'],
];

function normalize(lic) {
  if (!lic) return null;
  if (typeof lic === 'string') return lic;
  if (Array.isArray(lic)) return lic.map(normalize).join(' OR ');
  return lic.type || null;
}

function sniffFile(dir) {
  const file = fs.readdirSync(dir).find((f) => LICENSE_FILE.test(f));
  if (!file) return { file: null, guess: null };
  const text = fs.readFileSync(path.join(dir, file), 'utf8').slice(0, 4000);
  const hit = SNIFF.find(([re]) => re.test(text));
  return { file: path.join(dir, file), guess: hit ? hit[1] : null };
}

function scan(root, { production = false } = {}) {
  const results = new Map();
  const rootPkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const allowed = production ? new Set(Object.keys(rootPkg.dependencies || {})) : null;

  (function walk(nm, depth) {
    if (!fs.existsSync(nm)) return;
    for (const name of fs.readdirSync(nm)) {
      if (name.startsWith('.')) continue;
      const full = path.join(nm, name);
      if (name.startsWith('@')) { for (const sub of fs.readdirSync(full)) visit(path.join(full, sub), `${name}/${sub}`, depth); continue; }
      visit(full, name, depth);
    }
  })(path.join(root, 'node_modules'), 0);

  function visit(dir, name, depth) {
    const pj = path.join(dir, 'package.json');
    if (!fs.existsSync(pj)) return;
    if (allowed && depth === 0 && !allowed.has(name)) return;
    let pkg;
    try { pkg = JSON.parse(fs.readFileSync(pj, 'utf8')); } catch { return; }
    const key = `${pkg.name}@${pkg.version}`;
    if (!results.has(key)) {
      const declared = normalize(pkg.license || pkg.licenses);
      const { file, guess } = sniffFile(dir);
      results.set(key, { name: pkg.name, version: pkg.version, license: declared || guess || 'UNKNOWN', licenseFile: file, repository: normalize(pkg.repository) || pkg.repository?.url || null });
    }
    const nested = path.join(dir, 'node_modules');
    if (fs.existsSync(nested)) {
      for (const n of fs.readdirSync(nested)) {
        if (n.startsWith('.')) continue;
        const f = path.join(nested, n);
        if (n.startsWith('@')) fs.readdirSync(f).forEach((s) => visit(path.join(f, s), `${n}/${s}`, depth + 1));
        else visit(f, n, depth + 1);
      }
    }
  }
  return [...results.values()].sort((a, b) => a.name.localeCompare(b.name));
}

module.exports = { scan, normalize };
