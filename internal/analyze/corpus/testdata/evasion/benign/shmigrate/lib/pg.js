'use strict';
const { spawn } = require('child_process');

/** Turn DATABASE_URL into libpq env vars so the password never appears in argv / `ps`. */
function envFromUrl(databaseUrl) {
  const u = new URL(databaseUrl);
  if (!/^postgres(ql)?:$/.test(u.protocol)) throw new Error('DATABASE_URL must be a postgres:// URL');
  const env = Object.assign({}, process.env, {
    PGHOST: u.hostname,
    PGPORT: u.port || '5432',
    PGUSER: decodeURIComponent(u.username),
    PGDATABASE: u.pathname.slice(1)
  });
  if (u.password) env.PGPASSWORD = decodeURIComponent(u.password);
  const ssl = u.searchParams.get('sslmode');
  if (ssl) env.PGSSLMODE = ssl;
  return env;
}

function run(cmd, args, { env, input, capture = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env, stdio: [input ? 'pipe' : 'ignore', capture ? 'pipe' : 'inherit', 'inherit'] });
    let out = '';
    if (capture) child.stdout.on('data', (d) => { out += d; });
    if (input) child.stdin.end(input);
    child.on('error', (e) => reject(e.code === 'ENOENT' ? new Error(`${cmd} not found on PATH`) : e));
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`${cmd} exited with code ${code}`))));
  });
}

const psql = (env, sql, capture) => run('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-At', '-f', '-'], { env, input: sql, capture });

module.exports = { envFromUrl, run, psql };
