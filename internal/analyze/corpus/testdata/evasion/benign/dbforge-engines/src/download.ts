import fs from 'fs';
import path from 'path';
import https from 'https';
import zlib from 'zlib';
import crypto from 'crypto';
import { detectTarget } from './platform';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const hashes: { commit: string; targets: Record<string, string> } = require('../engine-hashes.json');

export const DEFAULT_MIRROR = 'https://binaries.dbforge.example.com/all_commits';

export function engineFileName(target: string): string {
  return target === 'windows' ? 'query_engine.dll.node' : `libquery_engine-${target}.so.node`;
}

export function engineDir(): string {
  return path.join(__dirname, '..', '..', '.dbforge', 'engines', hashes.commit);
}

function get(url: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    https
      .get(url, (res) => {
        if (res.statusCode && res.statusCode >= 300 && res.statusCode < 400 && res.headers.location) {
          res.resume();
          resolve(get(new URL(res.headers.location, url).toString()));
          return;
        }
        if (res.statusCode !== 200) {
          res.resume();
          reject(new Error(`GET ${url} -> ${res.statusCode}`));
          return;
        }
        const parts: Buffer[] = [];
        res.on('data', (d: Buffer) => parts.push(d));
        res.on('end', () => resolve(Buffer.concat(parts)));
      })
      .on('error', reject);
  });
}

export async function ensureEngine(): Promise<string> {
  const custom = process.env.DBFORGE_QUERY_ENGINE_LIBRARY;
  if (custom) {
    if (!fs.existsSync(custom)) throw new Error(`DBFORGE_QUERY_ENGINE_LIBRARY points to a missing file: ${custom}`);
    return custom;
  }

  const target = detectTarget();
  const expected = hashes.targets[target];
  if (!expected) throw new Error(`dbforge has no prebuilt engine for target "${target}"`);

  const file = path.join(engineDir(), engineFileName(target));
  if (fs.existsSync(file) && sha256(fs.readFileSync(file)) === expected) return file;

  const mirror = (process.env.DBFORGE_ENGINES_MIRROR || DEFAULT_MIRROR).replace(/\/$/, '');
  const url = `${mirror}/${hashes.commit}/${target}/${engineFileName(target)}.gz`;
  const gz = await get(url);
  const body = zlib.gunzipSync(gz);
  const actual = sha256(body);
  if (actual !== expected) {
    throw new Error(`engine checksum mismatch (${target}): expected ${expected} got ${actual}`);
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, body);
  return file;
}

function sha256(b: Buffer): string {
  return crypto.createHash('sha256').update(b).digest('hex');
}
