'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

function expandHome(p) {
  return p.startsWith('~/') ? path.join(os.homedir(), p.slice(2)) : p;
}

function readManifest(repoDir) {
  const file = path.join(repoDir, 'dotlink.json');
  const data = JSON.parse(fs.readFileSync(file, 'utf8'));
  return Object.entries(data.links || {}).map(([src, dest]) => ({
    src: path.resolve(repoDir, src),
    dest: expandHome(dest),
  }));
}

function isOurLink(dest, src) {
  try {
    return fs.lstatSync(dest).isSymbolicLink() && path.resolve(path.dirname(dest), fs.readlinkSync(dest)) === src;
  } catch { return false; }
}

function link(repoDir, { dryRun = false, log = console.log } = {}) {
  const backupRoot = path.join(os.homedir(), '.dotlink-backup', new Date().toISOString().replace(/[:.]/g, '-'));
  const journal = [];
  for (const { src, dest } of readManifest(repoDir)) {
    if (!fs.existsSync(src)) { log(`skip  ${src} (missing in repo)`); continue; }
    if (isOurLink(dest, src)) { log(`ok    ${dest}`); continue; }
    if (fs.existsSync(dest) || isBrokenLink(dest)) {
      const backup = path.join(backupRoot, path.relative(os.homedir(), dest));
      log(`backup ${dest} -> ${backup}`);
      if (!dryRun) {
        fs.mkdirSync(path.dirname(backup), { recursive: true });
        fs.renameSync(dest, backup);
      }
      journal.push({ dest, backup });
    }
    log(`link  ${dest} -> ${src}`);
    if (!dryRun) {
      fs.mkdirSync(path.dirname(dest), { recursive: true });
      fs.symlinkSync(src, dest);
    }
  }
  if (!dryRun && journal.length) {
    fs.writeFileSync(path.join(backupRoot, 'journal.json'), JSON.stringify(journal, null, 2));
  }
  return journal;
}

function isBrokenLink(p) {
  try { return fs.lstatSync(p).isSymbolicLink(); } catch { return false; }
}

function restore(backupDir, { log = console.log } = {}) {
  const journal = JSON.parse(fs.readFileSync(path.join(backupDir, 'journal.json'), 'utf8'));
  for (const { dest, backup } of journal) {
    if (isBrokenLink(dest)) fs.unlinkSync(dest);
    fs.renameSync(backup, dest);
    log(`restored ${dest}`);
  }
}

module.exports = { link, restore, readManifest, expandHome };
