#!/usr/bin/env node
'use strict';
const { createTerminalServer } = require('../lib/server');

const args = process.argv.slice(2);
const get = (n) => { const i = args.indexOf(n); return i > -1 ? args[i + 1] : undefined; };
const opts = {
  host: get('--host') || '127.0.0.1',
  port: Number(get('--port') || 7681),
  shell: get('--shell'),
  cwd: get('--cwd'),
};
Object.keys(opts).forEach((k) => opts[k] === undefined && delete opts[k]);
if (opts.host !== '127.0.0.1' && opts.host !== 'localhost') {
  console.warn(`warning: listening on ${opts.host}; anyone who can reach it with the token gets a shell as ${require('os').userInfo().username}`);
}
const srv = createTerminalServer(opts);
srv.listen().then((url) => console.log(`Terminal ready: ${url}`));
process.on('SIGINT', () => srv.close().then(() => process.exit(0)));
