import { readFileSync, existsSync } from 'fs';
import { dirname, resolve } from 'path';

export interface PathsConfig { baseUrl: string; paths: Record<string, string[]> }

const stripJson = (s: string) => s.replace(/\/\*[\s\S]*?\*\/|(^|[^:"])\/\/.*$/gm, '$1').replace(/,(\s*[}\]])/g, '$1');

export function loadTsconfig(file: string): PathsConfig {
  const json = JSON.parse(stripJson(readFileSync(file, 'utf8')));
  let base: PathsConfig = { baseUrl: dirname(file), paths: {} };
  if (json.extends) {
    const parent = resolve(dirname(file), json.extends.endsWith('.json') ? json.extends : json.extends + '.json');
    if (existsSync(parent)) base = loadTsconfig(parent);
  }
  const co = json.compilerOptions || {};
  return {
    baseUrl: co.baseUrl ? resolve(dirname(file), co.baseUrl) : base.baseUrl,
    paths: { ...base.paths, ...(co.paths || {}) }
  };
}
