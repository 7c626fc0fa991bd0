'use strict';
const fs = require('fs');

function libc() {
  if (process.platform !== 'linux') return '';
  try {
    const report = process.report && process.report.getReport();
    if (report && report.header && report.header.glibcVersionRuntime) return 'glibc';
  } catch (e) {}
  return fs.existsSync('/etc/alpine-release') ? 'musl' : 'glibc';
}

function parseTags(file) {
  const arr = file.split('.');
  const ext = arr.pop();
  const tags = { file, specificity: 0 };
  if (ext !== 'node') return null;
  for (const tag of arr) {
    if (tag === 'node' || tag === 'electron' || tag === 'node-webkit') tags.runtime = tag;
    else if (tag === 'napi') tags.napi = true;
    else if (tag.slice(0, 3) === 'abi') tags.abi = tag.slice(3);
    else if (tag === 'glibc' || tag === 'musl') tags.libc = tag;
    else if (tag === 'armv6' || tag === 'armv7') tags.armv = tag.slice(4);
    else continue;
    tags.specificity++;
  }
  return tags;
}

function matches(tags, want) {
  if (!tags) return false;
  if (tags.runtime && tags.runtime !== want.runtime && !(tags.runtime === 'node' && tags.napi)) return false;
  if (tags.abi && tags.abi !== want.abi && !tags.napi) return false;
  if (tags.libc && want.libc && tags.libc !== want.libc) return false;
  return true;
}

module.exports = { libc, parseTags, matches };
