import { readFile, writeFile, mkdir, chmod } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join, dirname } from 'node:path';

export const CONFIG_DIR = join(process.env.XDG_CONFIG_HOME || join(homedir(), '.config'), 'quill');
const CREDENTIALS = join(CONFIG_DIR, 'credentials.json');

export async function saveApiKey(key) {
  await mkdir(CONFIG_DIR, { recursive: true, mode: 0o700 });
  await writeFile(CREDENTIALS, JSON.stringify({ apiKey: key }, null, 2), { mode: 0o600 });
  await chmod(CREDENTIALS, 0o600);
}

export async function getApiKey() {
  if (process.env.QUILL_API_KEY) return process.env.QUILL_API_KEY;
  try { return JSON.parse(await readFile(CREDENTIALS, 'utf8')).apiKey; } catch { return undefined; }
}

export async function projectSettings(cwd = process.cwd()) {
  try { return JSON.parse(await readFile(join(cwd, '.quill', 'settings.json'), 'utf8')); } catch { return {}; }
}

export async function writeJson(file, data) {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify(data, null, 2) + '\n');
}
