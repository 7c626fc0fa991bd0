import { readdir, readFile, writeFile, mkdir, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { Readable } from 'node:stream';
import { createInterface } from 'node:readline/promises';
import { compile } from './template.js';

const BUILTIN = join(dirname(fileURLToPath(import.meta.url)), '..', 'templates');

async function* walk(dir) {
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* walk(p); else yield p;
  }
}

/** Download a GitHub repo snapshot (public codeload endpoint) and unpack it with the system tar. */
export async function fetchRemote(spec) {
  const m = /^([\w.-]+)\/([\w.-]+)(?:\/([\w./-]+))?(?:#([\w./-]+))?$/.exec(spec);
  if (!m) throw new Error(`bad template spec "${spec}" (expected user/repo[/subdir][#ref])`);
  const [, user, repo, subdir = '', ref = 'HEAD'] = m;
  const res = await fetch(`https://codeload.github.com/${user}/${repo}/tar.gz/${ref}`);
  if (!res.ok) throw new Error(`could not download ${user}/${repo}#${ref}: HTTP ${res.status}`);
  const dest = join(tmpdir(), `stencil-${user}-${repo}-${Date.now()}`);
  await mkdir(dest, { recursive: true });
  await new Promise((resolve, reject) => {
    const tar = spawn('tar', ['-xz', '-C', dest, '--strip-components=1'], { stdio: ['pipe', 'ignore', 'inherit'] });
    Readable.fromWeb(res.body).pipe(tar.stdin);
    tar.on('exit', (c) => (c === 0 ? resolve() : reject(new Error(`tar exited ${c}`))));
  });
  return join(dest, subdir);
}

async function confirmOverwrite(file) {
  if (!process.stdin.isTTY) return false;
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const a = await rl.question(`${file} exists. Overwrite? [y/N] `);
  rl.close();
  return /^y/i.test(a);
}

export async function generate({ template, outDir = process.cwd(), data = {}, force = false, dryRun = false }) {
  const srcDir = existsSync(join(BUILTIN, template)) ? join(BUILTIN, template) : await fetchRemote(template);
  if (!(await stat(srcDir)).isDirectory()) throw new Error(`${template} is not a directory`);
  const written = [];
  for await (const file of walk(srcDir)) {
    const rel = relative(srcDir, file).replace(/__(\w+)__/g, (_, k) => data[k] ?? _).replace(/\.tpl$/, '');
    if (rel.split(/[\\/]/).includes('..')) continue;
    const target = join(outDir, rel);
    const raw = await readFile(file, 'utf8');
    const content = file.endsWith('.tpl') ? compile(raw)(data) : raw;
    if (existsSync(target) && !force && !(await confirmOverwrite(target))) { console.log(`skip   ${rel}`); continue; }
    if (!dryRun) { await mkdir(dirname(target), { recursive: true }); await writeFile(target, content); }
    console.log(`${dryRun ? 'would create' : 'create'} ${rel}`);
    written.push(target);
  }
  return written;
}
