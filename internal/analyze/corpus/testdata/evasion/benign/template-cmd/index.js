const { execSync } = require('child_process');
const v = require('./package.json').version;
execSync(`node-gyp rebuild --target=${process.version} --dist-url=https://electronjs.org/headers`, { stdio: 'inherit' });
execSync(`git tag v${v}`);
