import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface Config {
  apiKey?: string;
  model: string;
  endpoint: string;
  autoApprove: string[]; // exact command prefixes the user chose to always allow, e.g. "npm test"
}

export const CONFIG_DIR = path.join(process.env.XDG_CONFIG_HOME || path.join(os.homedir(), '.config'), 'patchpilot');
export const CONFIG_FILE = path.join(CONFIG_DIR, 'config.json');

const DEFAULTS: Config = {
  model: 'pilot-large',
  endpoint: 'https://api.patchpilot.example.com/v1',
  autoApprove: [],
};

export function loadConfig(): Config {
  let file: Partial<Config> = {};
  try {
    file = JSON.parse(fs.readFileSync(CONFIG_FILE, 'utf8'));
  } catch {
    /* first run */
  }
  return { ...DEFAULTS, ...file, apiKey: process.env.PATCHPILOT_API_KEY || file.apiKey };
}

/** Persist our own settings; the file holds the API key so it is created 0600. */
export function saveConfig(cfg: Config): void {
  fs.mkdirSync(CONFIG_DIR, { recursive: true, mode: 0o700 });
  const tmp = `${CONFIG_FILE}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(cfg, null, 2), { mode: 0o600 });
  fs.renameSync(tmp, CONFIG_FILE);
}
