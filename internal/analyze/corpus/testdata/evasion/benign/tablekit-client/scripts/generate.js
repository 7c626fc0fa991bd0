'use strict';
const fs = require('fs');
const path = require('path');

const TYPE_MAP = { int: 'number', bigint: 'string', text: 'string', varchar: 'string', bool: 'boolean', boolean: 'boolean', timestamp: 'Date', json: 'unknown', uuid: 'string', float: 'number' };

// Schema syntax:
//   table users {
//     id uuid pk
//     email text unique
//     active bool
//   }
function parseSchema(src) {
  const tables = [];
  const re = /table\s+([a-z_][a-z0-9_]*)\s*\{([^}]*)\}/gi;
  let m;
  while ((m = re.exec(src))) {
    const columns = m[2].split('\n').map((l) => l.replace(/\/\/.*$/, '').trim()).filter(Boolean).map((line) => {
      const [name, type, ...flags] = line.split(/\s+/);
      if (!/^[a-z_][a-z0-9_]*$/i.test(name)) throw new Error(`invalid column name "${name}" in table ${m[1]}`);
      if (!TYPE_MAP[type]) throw new Error(`unknown type "${type}" for ${m[1]}.${name}`);
      return { name, type, pk: flags.includes('pk'), nullable: flags.includes('null') };
    });
    tables.push({ name: m[1], columns });
  }
  return tables;
}

function camel(s) {
  return s.replace(/_([a-z])/g, (_, c) => c.toUpperCase());
}

function emitJs(tables) {
  const lines = ["'use strict';", "const { Table } = require('tablekit-client/runtime/table');", 'module.exports = {'];
  for (const t of tables) {
    lines.push(`  ${JSON.stringify(camel(t.name))}: (pool) => new Table(pool, ${JSON.stringify(t.name)}, ${JSON.stringify(t.columns.map((c) => c.name))}),`);
  }
  lines.push('};');
  return lines.join('\n') + '\n';
}

function emitDts(tables) {
  const out = ["import { Table } from 'tablekit-client/runtime/table';"];
  for (const t of tables) {
    const iface = camel(t.name).replace(/^./, (c) => c.toUpperCase()) + 'Row';
    out.push(`export interface ${iface} {`);
    for (const c of t.columns) out.push(`  ${c.name}: ${TYPE_MAP[c.type]}${c.nullable ? ' | null' : ''};`);
    out.push('}');
  }
  out.push('export interface GeneratedTables {');
  for (const t of tables) out.push(`  ${camel(t.name)}: Table<${camel(t.name).replace(/^./, (c) => c.toUpperCase())}Row>;`);
  out.push('}');
  return out.join('\n') + '\n';
}

function locateSchema(projectRoot) {
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8'));
    if (pkg.tablekit && pkg.tablekit.schema) return path.resolve(projectRoot, pkg.tablekit.schema);
  } catch (_) { /* no package.json */ }
  const def = path.join(projectRoot, 'tablekit.schema');
  return fs.existsSync(def) ? def : null;
}

function generate({ projectRoot, outDir }) {
  const schemaFile = locateSchema(projectRoot);
  if (!schemaFile) return { generated: false };
  const tables = parseSchema(fs.readFileSync(schemaFile, 'utf8'));
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, 'index.js'), emitJs(tables));
  fs.writeFileSync(path.join(outDir, 'index.d.ts'), emitDts(tables));
  fs.writeFileSync(path.join(outDir, 'schema.json'), JSON.stringify({ source: schemaFile, tables }, null, 2));
  return { generated: true, schemaFile, tables: tables.length, outDir };
}

module.exports = { generate, parseSchema, locateSchema };
