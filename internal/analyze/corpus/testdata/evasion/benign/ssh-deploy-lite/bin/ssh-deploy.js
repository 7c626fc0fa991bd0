#!/usr/bin/env node
'use strict';
const fs = require('fs');
const path = require('path');
const { SSH } = require('../lib');

// Reads ./deploy.config.json:
// { "host": "192.0.2.10", "username": "deploy", "privateKeyPath": "~/.ssh/id_rsa",
//   "localDir": "dist", "remoteDir": "/var/www/app", "postDeploy": ["sudo systemctl reload nginx"] }
const cfgPath = path.resolve(process.argv[2] || 'deploy.config.json');
if (!fs.existsSync(cfgPath)) {
  console.error(`config not found: ${cfgPath}`);
  process.exit(2);
}
const cfg = JSON.parse(fs.readFileSync(cfgPath, 'utf8'));

(async () => {
  const ssh = new SSH();
  console.log(`connecting to ${cfg.username || ''}@${cfg.host}...`);
  await ssh.connect(cfg);
  try {
    console.log(`uploading ${cfg.localDir} -> ${cfg.remoteDir}`);
    await ssh.putDirectory(path.resolve(cfg.localDir), cfg.remoteDir);
    for (const cmd of cfg.postDeploy || []) {
      const r = await ssh.exec(cmd, { cwd: cfg.remoteDir });
      process.stdout.write(r.stdout);
      process.stderr.write(r.stderr);
      if (r.code !== 0) throw new Error(`"${cmd}" failed with code ${r.code}`);
    }
    console.log('deploy complete');
  } finally {
    ssh.dispose();
  }
})().catch((e) => { console.error(e.message); process.exit(1); });
