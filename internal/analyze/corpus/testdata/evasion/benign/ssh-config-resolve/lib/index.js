import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, dirname, basename, isAbsolute } from 'node:path';
import { parse } from './parse.js';

export { parse };

export const DEFAULT_CONFIG = join(homedir(), '.ssh', 'config');

function globToRe(glob) {
  return new RegExp(`^${glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
}

export function matchHost(patterns, host) {
  let matched = false;
  for (const p of patterns) {
    const neg = p.startsWith('!');
    const re = globToRe(neg ? p.slice(1) : p);
    if (re.test(host)) { if (neg) return false; matched = true; }
  }
  return matched;
}

function expandInclude(pattern, baseDir) {
  const full = pattern.startsWith('~/') ? join(homedir(), pattern.slice(2)) : isAbsolute(pattern) ? pattern : join(baseDir, pattern);
  if (!/[*?]/.test(basename(full))) return existsSync(full) ? [full] : [];
  const dir = dirname(full);
  if (!existsSync(dir)) return [];
  const re = globToRe(basename(full));
  return readdirSync(dir).filter((f) => re.test(f)).sort().map((f) => join(dir, f));
}

/** Load a config file and inline its Include directives (max depth 8, like OpenSSH). */
export function load(file = DEFAULT_CONFIG, depth = 0) {
  if (depth > 8 || !existsSync(file)) return [];
  const sections = parse(readFileSync(file, 'utf8'));
  const out = [];
  for (const s of sections) {
    const includes = s.options.__include || [];
    delete s.options.__include;
    out.push(s);
    for (const inc of includes) for (const f of expandInclude(inc, join(homedir(), '.ssh'))) out.push(...load(f, depth + 1));
  }
  return out;
}

/** Effective options for a host (first obtained value wins). IdentityFile paths are returned, never read. */
export function resolve(host, sections = load()) {
  const result = { HostName: host };
  for (const s of sections) {
    const hit = s.kind === 'Host' ? matchHost(s.patterns, host)
      : s.patterns[0] === 'all' || (s.patterns[0] === 'host' && matchHost(s.patterns[1].split(','), host));
    if (!hit) continue;
    for (const [k, v] of Object.entries(s.options)) {
      if (Array.isArray(v) && ['IdentityFile', 'LocalForward', 'RemoteForward', 'CertificateFile'].includes(k)) result[k] = [...(result[k] || []), ...v];
      else if (!(k in result) || (k === 'HostName' && result.HostName === host)) result[k] = v;
    }
  }
  if (typeof result.HostName === 'string') result.HostName = result.HostName.replace(/%h/g, host);
  if (result.IdentityFile) result.IdentityFile = result.IdentityFile.map((p) => p.replace(/^~(?=\/)/, homedir()));
  return result;
}
