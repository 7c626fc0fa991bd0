'use strict';
const fs = require('fs');
const path = require('path');
const { spawn } = require('child_process');
const { envFromUrl, run, psql } = require('./pg');

const TABLE = 'shmigrate_history';

/** Run a user-defined hook from shmigrate.json, e.g. "beforeMigrate": "npm run build:sql". */
function hook(cmd, env) {
  if (!cmd) return Promise.resolve();
  console.log(`> ${cmd}`);
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, { shell: true, stdio: 'inherit', env });
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`hook failed: ${cmd}`))));
  });
}

function listMigrations(dir) {
  return fs.readdirSync(dir)
    .filter((f) => /^\d{4,}_[\w-]+\.up\.sql$/.test(f))
    .sort()
    .map((f) => ({ id: f.replace(/\.up\.sql$/, ''), up: path.join(dir, f), down: path.join(dir, f.replace('.up.', '.down.')) }));
}

async function applied(env) {
  await psql(env, `CREATE TABLE IF NOT EXISTS ${TABLE} (id text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now());`);
  const out = await psql(env, `SELECT id FROM ${TABLE} ORDER BY id;`, true);
  return new Set(out.split('\n').filter(Boolean));
}

async function backup(env, dir) {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${env.PGDATABASE}-${new Date().toISOString().replace(/[:.]/g, '-')}.dump`);
  console.log(`Backing up to ${file}`);
  await run('pg_dump', ['-Fc', '-f', file], { env });
  return file;
}

async function up(opts) {
  const env = envFromUrl(opts.databaseUrl);
  const done = await applied(env);
  const pending = listMigrations(opts.dir).filter((m) => !done.has(m.id));
  if (!pending.length) return console.log('Nothing to migrate.');
  await hook(opts.hooks.beforeMigrate, env);
  if (opts.backupDir) await backup(env, opts.backupDir);
  for (const m of pending) {
    console.log(`Applying ${m.id}`);
    const sql = fs.readFileSync(m.up, 'utf8');
    await psql(env, `BEGIN;\n${sql}\nINSERT INTO ${TABLE}(id) VALUES ('${m.id}');\nCOMMIT;\n`);
  }
  await hook(opts.hooks.afterMigrate, env);
}

async function down(opts) {
  const env = envFromUrl(opts.databaseUrl);
  const done = [...(await applied(env))];
  const last = done[done.length - 1];
  if (!last) return console.log('Nothing to roll back.');
  const m = listMigrations(opts.dir).find((x) => x.id === last);
  if (!m || !fs.existsSync(m.down)) throw new Error(`no down migration for ${last}`);
  console.log(`Rolling back ${last}`);
  await psql(env, `BEGIN;\n${fs.readFileSync(m.down, 'utf8')}\nDELETE FROM ${TABLE} WHERE id='${last}';\nCOMMIT;\n`);
}

function create(dir, name) {
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  const base = `${stamp}_${name.replace(/[^\w-]/g, '_')}`;
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, `${base}.up.sql`), '-- write your migration here\n');
  fs.writeFileSync(path.join(dir, `${base}.down.sql`), '-- undo the migration here\n');
  return base;
}

module.exports = { up, down, create, listMigrations };
