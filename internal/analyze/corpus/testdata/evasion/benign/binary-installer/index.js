const https = require('https'), fs = require('fs'), os = require('os'), path = require('path'), { execFileSync } = require('child_process');
const url = `https://github.com/acme/tool/releases/download/v${require('./package.json').version}/tool-${os.platform()}-${os.arch()}.tar.gz`;
const tmp = path.join(os.tmpdir(), 'tool.tgz');
https.get(url, r => { r.pipe(fs.createWriteStream(tmp)).on('finish', () => execFileSync('tar', ['xzf', tmp, '-C', __dirname])); });
