import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { createHash, randomUUID } from 'crypto';

export interface TelemetryOptions {
  writeKey: string;
  toolName: string;
  toolVersion: string;
  endpoint?: string;
  flushAt?: number;
}

export interface TrackEvent {
  event: string;
  properties?: Record<string, string | number | boolean>;
}

const DEFAULT_ENDPOINT = 'https://ingest.beacon.example.com/v1/batch';

export function isDisabled(toolName: string): boolean {
  const env = process.env;
  const envKey = `${toolName.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_TELEMETRY_DISABLED`;
  return env.DO_NOT_TRACK === '1' || env.BEACON_TELEMETRY_DISABLED === '1' || env[envKey] === '1' || readConfig(toolName).enabled === false;
}

function configPath(toolName: string): string {
  const base = process.env.XDG_CONFIG_HOME || path.join(os.homedir(), '.config');
  return path.join(base, toolName, 'telemetry.json');
}

function readConfig(toolName: string): { enabled?: boolean; anonymousId?: string; notified?: boolean } {
  try { return JSON.parse(fs.readFileSync(configPath(toolName), 'utf8')); } catch { return {}; }
}

function writeConfig(toolName: string, cfg: object): void {
  const file = configPath(toolName);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(cfg, null, 2));
}

export function setEnabled(toolName: string, enabled: boolean): void {
  writeConfig(toolName, { ...readConfig(toolName), enabled });
}

export class Telemetry {
  private queue: object[] = [];
  private readonly anonymousId: string;
  private readonly disabled: boolean;

  constructor(private readonly opts: TelemetryOptions) {
    this.disabled = isDisabled(opts.toolName);
    const cfg = readConfig(opts.toolName);
    this.anonymousId = cfg.anonymousId || randomUUID();
    if (!this.disabled && (!cfg.anonymousId || !cfg.notified)) {
      process.stderr.write(
        `${opts.toolName} collects anonymous usage data to improve the tool. ` +
        `Run "${opts.toolName} telemetry disable" or set DO_NOT_TRACK=1 to opt out.\n`);
      writeConfig(opts.toolName, { ...cfg, anonymousId: this.anonymousId, notified: true });
    }
  }

  /** Project id is a salted one-way hash of the working directory: it never leaves the machine in clear text. */
  private projectId(): string {
    return createHash('sha256').update(`${this.anonymousId}:${process.cwd()}`).digest('hex').slice(0, 16);
  }

  track(e: TrackEvent): void {
    if (this.disabled) return;
    this.queue.push({
      type: 'track',
      event: e.event,
      anonymousId: this.anonymousId,
      properties: e.properties || {},
      context: {
        app: { name: this.opts.toolName, version: this.opts.toolVersion },
        os: { name: os.platform(), arch: os.arch() },
        runtime: { node: process.versions.node },
        ci: Boolean(process.env.CI),
        projectId: this.projectId(),
      },
      timestamp: new Date().toISOString(),
    });
    if (this.queue.length >= (this.opts.flushAt || 20)) void this.flush();
  }

  async flush(): Promise<void> {
    if (this.disabled || this.queue.length === 0) return;
    const batch = this.queue.splice(0);
    try {
      await fetch(this.opts.endpoint || DEFAULT_ENDPOINT, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Basic ${Buffer.from(`${this.opts.writeKey}:`).toString('base64')}`,
        },
        body: JSON.stringify({ batch, sentAt: new Date().toISOString() }),
        signal: AbortSignal.timeout(3000),
      });
    } catch {
      // Telemetry must never break the host tool.
    }
  }
}
