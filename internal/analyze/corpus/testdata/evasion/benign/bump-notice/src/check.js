// Runs as a detached child: `node check.js <name> <registry>`. Fetches the latest dist-tag and caches it.
import { write } from './store.js';

const [name, registry] = process.argv.slice(2);
try {
  const res = await fetch(`${registry.replace(/\/$/, '')}/-/package/${name.replace('/', '%2f')}/dist-tags`, {
    headers: { accept: 'application/json' },
    signal: AbortSignal.timeout(10_000),
  });
  if (res.ok) {
    const tags = await res.json();
    write(name, { latest: tags.latest, lastCheck: Date.now() });
  }
} catch {
  write(name, { lastCheck: Date.now() }); // back off for a day even on failure
}
process.exit(0);
