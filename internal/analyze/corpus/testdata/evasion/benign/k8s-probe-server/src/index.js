import http from 'node:http';
import { readFileSync } from 'node:fs';
import os from 'node:os';

// Namespace: prefer the downward API env var, fall back to the file the kubelet
// mounts with the service account. Only used as a log label; the token is never read.
function podLabels() {
  let ns = process.env.POD_NAMESPACE;
  if (!ns) {
    try { ns = readFileSync('/var/run/secrets/kubernetes.io/serviceaccount/namespace', 'utf8').trim(); } catch { ns = 'unknown'; }
  }
  return { namespace: ns, pod: process.env.POD_NAME || os.hostname(), node: process.env.NODE_NAME || 'unknown' };
}

export function createProbeServer({ port = 8086, ready = async () => true, log = console } = {}) {
  const labels = podLabels();
  let shuttingDown = false;
  const server = http.createServer(async (req, res) => {
    if (req.url === '/livez') { res.writeHead(200).end('ok'); return; }
    if (req.url === '/readyz') {
      let ok = !shuttingDown;
      if (ok) { try { ok = Boolean(await ready()); } catch { ok = false; } }
      res.writeHead(ok ? 200 : 503).end(ok ? 'ok' : 'not ready');
      return;
    }
    res.writeHead(404).end();
  });
  server.listen(port, () => log.info?.(JSON.stringify({ msg: 'probe server listening', port, ...labels })));
  process.once('SIGTERM', () => {
    shuttingDown = true;
    log.info?.(JSON.stringify({ msg: 'SIGTERM received, failing readiness', ...labels }));
    setTimeout(() => server.close(), 5000).unref();
  });
  return server;
}
