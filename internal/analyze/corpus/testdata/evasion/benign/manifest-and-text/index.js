// A CLI banner: version from its own package.json, a text template read
// (not run), a port from npm's config, and git for the build tag.
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const pkg = require('./package.json');
const banner = fs.readFileSync(path.join(__dirname, 'banner.txt'), 'utf8').replace('{version}', pkg.version);
const port = Number(process.env.npm_package_config_port || 8080);
function tag() {
  return execFileSync('git', ['describe', '--tags', '--always']).toString().trim();
}
module.exports = { banner, port, tag, description: pkg.description };
