import { readFileSync } from 'fs';
import { homedir } from 'os';
import { join } from 'path';
import { parseIni, Sections } from './ini';

export interface ProfileInfo { name: string; region?: string; source: 'config' | 'credentials' | 'both'; sso: boolean; hasStaticKeys: boolean }

function readSections(file: string): Sections {
  try { return parseIni(readFileSync(file, 'utf8')); } catch { return new Map(); }
}

export function listProfiles(home = homedir()): ProfileInfo[] {
  const cfgFile = process.env.AWS_CONFIG_FILE || join(home, '.aws', 'config');
  const credFile = process.env.AWS_SHARED_CREDENTIALS_FILE || join(home, '.aws', 'credentials');
  const cfg = readSections(cfgFile);
  const creds = readSections(credFile);
  const names = new Set([...cfg.keys(), ...creds.keys()].filter((n) => !n.startsWith('sso-session')));
  return [...names].sort().map((name) => {
    const c = cfg.get(name);
    const k = creds.get(name);
    return {
      name,
      region: c?.get('region'),
      source: c && k ? 'both' : c ? 'config' : 'credentials',
      sso: !!(c?.get('sso_start_url') || c?.get('sso_session')),
      // only the presence of keys is reported, the values are dropped here
      hasStaticKeys: !!k?.has('aws_access_key_id')
    };
  });
}

export function currentProfile(): string {
  return process.env.AWS_PROFILE || process.env.AWS_DEFAULT_PROFILE || 'default';
}
