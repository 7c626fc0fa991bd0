import { spawn } from 'child_process';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';

export interface RegistryAuth { username: string; password: string; serveraddress: string; }

interface DockerConfig {
  auths?: Record<string, { auth?: string; identitytoken?: string }>;
  credsStore?: string;
  credHelpers?: Record<string, string>;
}

const DOCKER_HUB = 'https://index.docker.io/v1/';

export function registryHost(imageRef: string): string {
  const first = imageRef.split('/')[0];
  const isHost = imageRef.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost');
  return isHost ? first : DOCKER_HUB;
}

async function readConfig(): Promise<DockerConfig> {
  const dir = process.env.DOCKER_CONFIG || path.join(os.homedir(), '.docker');
  try { return JSON.parse(await fs.readFile(path.join(dir, 'config.json'), 'utf8')); } catch { return {}; }
}

/** Calls `docker-credential-<helper> get` per the docker-credential-helpers protocol (server URL on stdin). */
function callHelper(helper: string, server: string): Promise<{ Username: string; Secret: string } | null> {
  if (!/^[a-z0-9-]+$/i.test(helper)) return Promise.reject(new Error(`invalid helper name ${helper}`));
  return new Promise((resolve, reject) => {
    const child = spawn(`docker-credential-${helper}`, ['get'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return resolve(null); // "credentials not found in native keychain"
      try { resolve(JSON.parse(out)); } catch (e) { reject(e); }
    });
    child.stdin.end(server);
  });
}

export async function resolveAuth(imageRef: string): Promise<RegistryAuth | null> {
  const host = registryHost(imageRef);
  const cfg = await readConfig();
  const helper = (cfg.credHelpers && cfg.credHelpers[host]) || cfg.credsStore;
  if (helper) {
    const creds = await callHelper(helper, host);
    if (creds) return { username: creds.Username, password: creds.Secret, serveraddress: host };
  }
  const entry = cfg.auths && (cfg.auths[host] || cfg.auths[`https://${host}`]);
  if (entry && entry.auth) {
    const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
    const idx = decoded.indexOf(':');
    return { username: decoded.slice(0, idx), password: decoded.slice(idx + 1), serveraddress: host };
  }
  return null;
}

/** Header value for the Docker Engine API (X-Registry-Auth), sent only to the local daemon socket. */
export function toRegistryAuthHeader(auth: RegistryAuth): string {
  return Buffer.from(JSON.stringify(auth)).toString('base64url');
}
