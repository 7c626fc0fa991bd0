'use strict';
const fs = require('fs');
const path = require('path');
const { fileURLToPath } = require('url');
const { decodeMappings } = require('./vlq');

const mapCache = new Map();
const URL_RE = /\/\/[#@]\s*sourceMappingURL=([^\s'"]+)\s*$/m;

/** Load the source map for a generated JS file (inline data: URL or sibling .map file). */
function loadMap(file) {
  if (mapCache.has(file)) return mapCache.get(file);
  let map = null;
  try {
    const code = fs.readFileSync(file, 'utf8');
    const m = code.match(URL_RE);
    if (m) {
      const ref = m[1];
      let raw;
      if (ref.startsWith('data:')) {
        const comma = ref.indexOf(',');
        const meta = ref.slice(5, comma);
        const body = ref.slice(comma + 1);
        raw = meta.endsWith(';base64') ? Buffer.from(body, 'base64').toString('utf8') : decodeURIComponent(body);
      } else {
        raw = fs.readFileSync(path.resolve(path.dirname(file), ref), 'utf8');
      }
      const json = JSON.parse(raw);
      map = {
        sources: json.sources.map((s) => path.resolve(path.dirname(file), json.sourceRoot || '', s)),
        lines: decodeMappings(json.mappings),
      };
    }
  } catch {
    map = null;
  }
  mapCache.set(file, map);
  return map;
}

function originalPosition(file, line, column) {
  const map = loadMap(file);
  if (!map) return null;
  const segs = map.lines[line - 1];
  if (!segs || !segs.length) return null;
  let best = segs[0];
  for (const s of segs) {
    if (s[0] <= column - 1) best = s;
    else break;
  }
  return { source: map.sources[best[1]], line: best[2] + 1, column: best[3] + 1 };
}

function wrapCallSite(frame) {
  let file = frame.getFileName();
  if (!file || frame.isNative()) return String(frame);
  if (file.startsWith('file://')) file = fileURLToPath(file);
  const pos = originalPosition(file, frame.getLineNumber(), frame.getColumnNumber());
  if (!pos) return String(frame);
  const fn = frame.getFunctionName() || '<anonymous>';
  return `${fn} (${pos.source}:${pos.line}:${pos.column})`;
}

let installed = false;
let previous;

/**
 * Install a global Error.prepareStackTrace that maps frames back to the
 * original sources. Call uninstall() to restore the previous formatter.
 */
function install() {
  if (installed) return;
  installed = true;
  previous = Error.prepareStackTrace;
  Error.prepareStackTrace = (error, frames) => {
    const header = `${error.name || 'Error'}${error.message ? `: ${error.message}` : ''}`;
    return header + frames.map((f) => `\n    at ${wrapCallSite(f)}`).join('');
  };
}

function uninstall() {
  if (!installed) return;
  Error.prepareStackTrace = previous;
  installed = false;
}

module.exports = { install, uninstall, originalPosition };
