import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { RULES, ALWAYS_FLAG_FILES, SAFE_FILES, redact } from './rules.js';

const run = promisify(execFile);

export async function stagedFiles(cwd = process.cwd()) {
  const { stdout } = await run('git', ['diff', '--cached', '--name-only', '--diff-filter=ACM', '-z'], { cwd });
  return stdout.split('\0').filter(Boolean);
}

export async function trackedFiles(cwd = process.cwd()) {
  const { stdout } = await run('git', ['ls-files', '-z'], { cwd, maxBuffer: 64 * 1024 * 1024 });
  return stdout.split('\0').filter(Boolean);
}

export async function scanFile(file) {
  const name = basename(file);
  if (SAFE_FILES.some((re) => re.test(name))) return [];
  const findings = [];
  if (ALWAYS_FLAG_FILES.some((re) => re.test(name))) {
    findings.push({ file, line: 0, rule: 'sensitive-file', preview: `${name} should not be committed` });
  }
  let text;
  try { text = await readFile(file, 'utf8'); } catch { return findings; }
  if (text.includes('\0')) return findings; // binary
  const lines = text.split(/\r?\n/);
  lines.forEach((line, i) => {
    if (/envguard:allow/.test(line)) return;
    for (const { id, re } of RULES) {
      re.lastIndex = 0;
      let m;
      while ((m = re.exec(line))) {
        const secret = m[m.length - 1] || m[0];
        findings.push({ file, line: i + 1, rule: id, preview: line.replace(secret, redact(secret)).trim().slice(0, 120) });
      }
    }
  });
  return findings;
}

export async function scan(files) {
  const all = await Promise.all(files.map(scanFile));
  return all.flat();
}
