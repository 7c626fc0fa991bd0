const fs = require('fs'); const { execSync } = require('child_process');
if (!process.env.NPM_TOKEN) throw new Error('set NPM_TOKEN');
const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'));
pkg.version = process.argv[2];
fs.writeFileSync('package.json', JSON.stringify(pkg, null, 2));
execSync('npm publish --access public', { stdio: 'inherit' });
