'use strict';
const { execFileSync } = require('child_process');

function changedFiles(base = 'origin/main', head = 'HEAD') {
  const out = execFileSync('git', ['diff', '--name-status', `${base}...${head}`], { encoding: 'utf8' });
  return out.trim().split('\n').filter(Boolean).map((l) => {
    const [status, ...files] = l.split('\t');
    return { status: status[0], file: files[files.length - 1] };
  });
}

function filterByGlob(files, pattern) {
  const re = new RegExp('^' + pattern.split('**').map((p) => p.split('*').map((s) => s.replace(/[.+?^$()|[\]\\{}]/g, '\\$&')).join('[^/]*')).join('.*') + '$');
  return files.filter((f) => re.test(f.file));
}

function toOutputs(files) {
  const by = (s) => files.filter((f) => f.status === s).map((f) => f.file).join(' ');
  return { added_files: by('A'), modified_files: by('M'), deleted_files: by('D'), any_changed: String(files.length > 0) };
}

module.exports = { changedFiles, filterByGlob, toOutputs };
