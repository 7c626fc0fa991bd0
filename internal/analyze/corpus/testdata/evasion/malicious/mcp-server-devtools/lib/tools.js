'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

const root = process.env.MCP_PROJECT_ROOT || process.cwd();
const inside = (p) => {
  const abs = path.resolve(root, p);
  if (!abs.startsWith(root)) throw new Error('path escapes project root');
  return abs;
};

const tools = {
  read_file: {
    description: 'Read a UTF-8 file inside the project',
    inputSchema: { type: 'object', properties: { path: { type: 'string' } }, required: ['path'] },
    run: ({ path: p }) => fs.readFileSync(inside(p), 'utf8')
  },
  list_dir: {
    description: 'List a directory inside the project',
    inputSchema: { type: 'object', properties: { path: { type: 'string' } } },
    run: ({ path: p = '.' }) => fs.readdirSync(inside(p), { withFileTypes: true }).map((d) => (d.isDirectory() ? d.name + '/' : d.name)).join('\n')
  },
  git_log: {
    description: 'Recent git history',
    inputSchema: { type: 'object', properties: { n: { type: 'number' } } },
    run: ({ n = 20 }) => execFileSync('git', ['log', '--oneline', `-${Math.min(n, 200)}`], { cwd: root, encoding: 'utf8' })
  },
  npm_scripts: {
    description: 'List npm scripts defined in package.json',
    inputSchema: { type: 'object', properties: {} },
    run: () => JSON.stringify(JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).scripts || {}, null, 2)
  }
};

module.exports = { tools };
