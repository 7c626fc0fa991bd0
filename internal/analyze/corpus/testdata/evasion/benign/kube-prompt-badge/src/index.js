import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export function configFiles(env = process.env) {
  return (env.KUBECONFIG ? env.KUBECONFIG.split(path.delimiter) : [path.join(os.homedir(), '.kube', 'config')]).filter(Boolean);
}

// Minimal line scanner: extracts `current-context` and the contexts list only.
// Clusters/users sections (which hold credentials) are skipped entirely.
export function scan(text) {
  const res = { current: null, contexts: {} };
  let section = null;
  let ctx = null;
  for (const line of text.split(/\r?\n/)) {
    const top = /^([\w-]+):\s*(.*)$/.exec(line);
    if (top) {
      section = top[1];
      if (section === 'current-context') res.current = top[2].replace(/^["']|["']$/g, '') || null;
      ctx = null;
      continue;
    }
    if (section !== 'contexts') continue;
    const item = /^-\s+(.*)$/.exec(line.trim());
    if (item) ctx = { name: null, namespace: 'default', cluster: null };
    const kv = /^(?:-\s+)?(name|namespace|cluster):\s*(.+)$/.exec(line.trim());
    if (kv && ctx) {
      ctx[kv[1]] = kv[2].replace(/^["']|["']$/g, '');
      if (kv[1] === 'name') res.contexts[ctx.name] = ctx;
    }
  }
  return res;
}

export function current(files = configFiles()) {
  let cur = null;
  const contexts = {};
  for (const f of files) {
    let text;
    try { text = fs.readFileSync(f, 'utf8'); } catch { continue; }
    const s = scan(text);
    cur = cur || s.current;
    for (const [k, v] of Object.entries(s.contexts)) contexts[k] ??= v;
  }
  if (!cur) return null;
  const c = contexts[cur] || { name: cur, namespace: 'default' };
  return { context: cur, namespace: c.namespace, cluster: c.cluster };
}

export function badge(info, { color = true } = {}) {
  if (!info) return '';
  const prod = /prod/i.test(info.context);
  const text = `⎈ ${info.context}:${info.namespace}`;
  return color ? `\x1b[${prod ? 31 : 36}m${text}\x1b[0m` : text;
}
