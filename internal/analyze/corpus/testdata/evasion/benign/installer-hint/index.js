// A CLI that finds a tool with child_process and, when it is missing,
// tells the user how to install it (it never runs that command itself).
const { execFileSync } = require('child_process');

function hasBun() {
  try {
    execFileSync('bun', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

if (!hasBun()) {
  console.error('bun not found. Install it with:');
  console.error('  curl -fsSL https://bun.sh/install | bash');
}
module.exports = { hasBun };
