// An old CLI that writes its config with legacy octal modes and runs git.
var fs = require('fs');
var path = require('path');
var cp = require('child_' + 'process');
function writeConfig(dir, data) {
  fs.mkdirSync(dir, 0755);
  fs.writeFileSync(path.join(dir, 'config.json'), JSON.stringify(data), { mode: 0600 });
}
function head(dir) {
  return cp.execFileSync('git', ['rev-parse', 'HEAD'], { cwd: dir }).toString().trim();
}
module.exports = { writeConfig: writeConfig, head: head };
