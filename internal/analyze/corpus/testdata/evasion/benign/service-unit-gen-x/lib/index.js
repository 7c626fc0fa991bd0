'use strict';
const os = require('os');
const path = require('path');

const xml = (s) => String(s).replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' }[c]));

function systemdUnit({ name, description, exec, args = [], cwd, env = {}, restart = 'on-failure' }) {
  const lines = ['[Unit]', `Description=${description || name}`, '', '[Service]', `ExecStart=${[exec, ...args].map((a) => (/\s/.test(a) ? `"${a}"` : a)).join(' ')}`];
  if (cwd) lines.push(`WorkingDirectory=${cwd}`);
  for (const [k, v] of Object.entries(env)) lines.push(`Environment=${k}=${v}`);
  lines.push(`Restart=${restart}`, '', '[Install]', 'WantedBy=default.target', '');
  return lines.join('\n');
}

function launchdPlist({ name, exec, args = [], cwd, env = {}, keepAlive = false, runAtLoad = true }) {
  const label = `local.${name}`;
  const envXml = Object.keys(env).length
    ? `  <key>EnvironmentVariables</key><dict>${Object.entries(env).map(([k, v]) => `<key>${xml(k)}</key><string>${xml(v)}</string>`).join('')}</dict>\n`
    : '';
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0"><dict>
  <key>Label</key><string>${xml(label)}</string>
  <key>ProgramArguments</key><array>${[exec, ...args].map((a) => `<string>${xml(a)}</string>`).join('')}</array>
${cwd ? `  <key>WorkingDirectory</key><string>${xml(cwd)}</string>\n` : ''}${envXml}  <key>RunAtLoad</key><${runAtLoad}/>
  <key>KeepAlive</key><${keepAlive}/>
</dict></plist>
`;
}

function targetPath(name, platform = process.platform) {
  if (platform === 'darwin') return path.join(os.homedir(), 'Library', 'LaunchAgents', `local.${name}.plist`);
  if (platform === 'linux') return path.join(os.homedir(), '.config', 'systemd', 'user', `${name}.service`);
  return null;
}

function render(spec, platform = process.platform) {
  return platform === 'darwin' ? launchdPlist(spec) : systemdUnit(spec);
}

module.exports = { systemdUnit, launchdPlist, targetPath, render };
