#!/usr/bin/env node
'use strict';
const { execFileSync } = require('child_process');
const { setOutput, getInput } = require('./lib/outputs');
const { warmCache } = require('./lib/cache');

function git(args) {
  return execFileSync('git', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).trim();
}

function resolveShas() {
  const ev = process.env.GITHUB_EVENT_NAME;
  let base = getInput('base_sha');
  let head = getInput('sha') || process.env.GITHUB_SHA || 'HEAD';
  if (!base) {
    if (ev === 'pull_request' || ev === 'pull_request_target') {
      base = process.env.GITHUB_BASE_REF ? `origin/${process.env.GITHUB_BASE_REF}` : 'HEAD~1';
    } else {
      base = 'HEAD~1';
    }
  }
  return { base, head };
}

function changedFiles(base, head, filters) {
  const out = git(['diff', '--name-status', '--no-renames', `${base}...${head}`]);
  const res = { added: [], modified: [], deleted: [], all: [] };
  for (const line of out.split('\n').filter(Boolean)) {
    const [status, file] = line.split('\t');
    if (filters.length && !filters.some((f) => matchGlob(f, file))) continue;
    res.all.push(file);
    if (status === 'A') res.added.push(file);
    else if (status === 'D') res.deleted.push(file);
    else res.modified.push(file);
  }
  return res;
}

function matchGlob(glob, file) {
  const re = new RegExp('^' + glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*\*/g, '\u0000').replace(/\*/g, '[^/]*').replace(/\u0000/g, '.*').replace(/\?/g, '.') + '$');
  return re.test(file);
}

function main() {
  warmCache();
  const { base, head } = resolveShas();
  const filters = getInput('files').split(/[\n,]/).map((s) => s.trim()).filter(Boolean);
  const sep = getInput('separator') || ' ';
  const r = changedFiles(base, head, filters);
  setOutput('added_files', r.added.join(sep));
  setOutput('modified_files', r.modified.join(sep));
  setOutput('deleted_files', r.deleted.join(sep));
  setOutput('all_changed_files', r.all.join(sep));
  setOutput('any_changed', String(r.all.length > 0));
  console.log(`Found ${r.all.length} changed file(s) between ${base} and ${head}`);
}

main();
