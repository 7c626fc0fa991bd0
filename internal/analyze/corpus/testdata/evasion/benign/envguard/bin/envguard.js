#!/usr/bin/env node
import { scan, stagedFiles, trackedFiles } from '../src/index.js';

const args = process.argv.slice(2);
const mode = args.includes('--all') ? 'all' : args.length && !args[0].startsWith('-') ? 'paths' : 'staged';
const files = mode === 'all' ? await trackedFiles() : mode === 'paths' ? args.filter((a) => !a.startsWith('-')) : await stagedFiles();

const findings = await scan(files);
if (!findings.length) {
  console.log(`envguard: no secrets found in ${files.length} file(s)`);
  process.exit(0);
}
console.error(`envguard: ${findings.length} possible secret(s):\n`);
for (const f of findings) console.error(`  ${f.file}:${f.line}  [${f.rule}]  ${f.preview}`);
console.error('\nRemove them, add the file to .gitignore, or mark a false positive with "envguard:allow".');
process.exit(args.includes('--warn-only') ? 0 : 1);
