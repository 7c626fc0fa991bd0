#!/usr/bin/env node
'use strict';
const fs = require('fs');
const path = require('path');
const t = require('./templates');

const args = process.argv.slice(2);
const root = path.resolve(args.find((a) => !a.startsWith('-')) || '.');
const watchOnOpen = args.includes('--watch-on-open');
const dry = args.includes('--dry-run');

function merge(file, data) {
  let cur = {};
  if (fs.existsSync(file)) {
    try { cur = JSON.parse(fs.readFileSync(file, 'utf8').replace(/^\s*\/\/.*$/gm, '')); }
    catch (_) { console.warn(`skip ${file}: could not parse existing JSON (comments?)`); return; }
  }
  const next = Array.isArray(data.tasks)
    ? { ...cur, version: '2.0.0', tasks: [...(cur.tasks || []), ...data.tasks.filter((x) => !(cur.tasks || []).some((y) => y.label === x.label))] }
    : Array.isArray(data.recommendations)
      ? { ...cur, recommendations: [...new Set([...(cur.recommendations || []), ...data.recommendations])] }
      : { ...data, ...cur };
  console.log(`${dry ? '[dry-run] ' : ''}write ${path.relative(process.cwd(), file) || file}`);
  if (!dry) fs.writeFileSync(file, JSON.stringify(next, null, 2) + '\n');
}

const pkgFile = path.join(root, 'package.json');
const scripts = fs.existsSync(pkgFile) ? JSON.parse(fs.readFileSync(pkgFile, 'utf8')).scripts || {} : {};
const dir = path.join(root, '.vscode');
if (!dry) fs.mkdirSync(dir, { recursive: true });
merge(path.join(dir, 'settings.json'), t.settings());
merge(path.join(dir, 'extensions.json'), t.extensions());
merge(path.join(dir, 'tasks.json'), t.tasks(scripts, { watchOnOpen }));
if (watchOnOpen) console.log('note: the watch task will start when the folder is opened (after you allow automatic tasks).');
