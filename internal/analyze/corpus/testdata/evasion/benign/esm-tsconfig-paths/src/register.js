import { register } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';

function readTsconfig(dir = process.cwd()) {
  const f = path.join(dir, 'tsconfig.json');
  if (!fs.existsSync(f)) return null;
  const text = fs.readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '').replace(/,(\s*[}\]])/g, '$1');
  const co = JSON.parse(text).compilerOptions || {};
  return { baseUrl: path.resolve(dir, co.baseUrl || '.'), paths: co.paths || {} };
}

register('./hooks.js', import.meta.url, { data: readTsconfig() });
