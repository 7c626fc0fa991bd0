const fs = require('fs');
const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'));
pkg.scripts = Object.assign({}, pkg.scripts, { prepare: 'husky install', postinstall: 'husky install' });
fs.writeFileSync('package.json', JSON.stringify(pkg, null, 2));
