'use strict';
const fs = require('fs');
const sfnt = require('./sfnt');

function parseBuffer(buf) {
  const { flavor, tables } = sfnt.readTables(buf);
  const get = (t, fn) => (tables.has(t) ? fn(tables.get(t)) : {});
  return {
    format: flavor === 'OTTO' ? 'opentype-cff' : 'truetype',
    tables: [...tables.keys()],
    ...get('head', sfnt.parseHead),
    ...get('maxp', sfnt.parseMaxp),
    ...get('OS/2', sfnt.parseOS2),
    ...get('name', sfnt.parseName)
  };
}

function parseFile(file) {
  return parseBuffer(fs.readFileSync(file));
}

async function parseFileAsync(file) {
  return parseBuffer(await fs.promises.readFile(file));
}

/** Scan a directory for fonts and return their metadata, skipping unreadable files. */
async function scanDir(dir) {
  const out = [];
  for (const name of await fs.promises.readdir(dir)) {
    if (!/\.(ttf|otf|woff)$/i.test(name)) continue;
    try { out.push({ file: name, ...(await parseFileAsync(`${dir}/${name}`)) }); } catch (e) { out.push({ file: name, error: e.message }); }
  }
  return out;
}

module.exports = { parseBuffer, parseFile, parseFileAsync, scanDir };
