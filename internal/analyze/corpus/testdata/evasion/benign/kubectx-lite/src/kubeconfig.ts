import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as yaml from 'js-yaml';

export interface KubeConfig {
  'current-context'?: string;
  contexts?: { name: string; context: { cluster: string; user: string; namespace?: string } }[];
  [key: string]: unknown;
}

/** First file in $KUBECONFIG (like kubectl, writes go to the file that defines current-context; we keep it simple). */
export function kubeconfigPath(): string {
  const env = process.env.KUBECONFIG;
  if (env) return env.split(path.delimiter)[0];
  return path.join(os.homedir(), '.kube', 'config');
}

export function load(file = kubeconfigPath()): KubeConfig {
  return (yaml.load(fs.readFileSync(file, 'utf8')) as KubeConfig) || {};
}

export function save(cfg: KubeConfig, file = kubeconfigPath()): void {
  const tmp = `${file}.kctx-${process.pid}`;
  fs.writeFileSync(tmp, yaml.dump(cfg, { lineWidth: -1 }), { mode: 0o600 });
  fs.renameSync(tmp, file);
}

export function listContexts(cfg: KubeConfig): { name: string; current: boolean; namespace: string }[] {
  return (cfg.contexts || []).map((c) => ({
    name: c.name,
    current: c.name === cfg['current-context'],
    namespace: c.context.namespace || 'default',
  }));
}

export function useContext(name: string): void {
  const cfg = load();
  if (!(cfg.contexts || []).some((c) => c.name === name)) throw new Error(`no context named "${name}"`);
  cfg['current-context'] = name;
  save(cfg);
}

export function setNamespace(ns: string): void {
  const cfg = load();
  const ctx = (cfg.contexts || []).find((c) => c.name === cfg['current-context']);
  if (!ctx) throw new Error('no current context');
  ctx.context.namespace = ns;
  save(cfg);
}
