// Finds the Terraform Cloud token the way terraform login stores it.
const fs = require("fs");
const os = require("os");
const path = require("path");

function token(host = "app.terraform.io") {
  const env = process.env["TF_TOKEN_" + host.replace(/\./g, "_")];
  if (env) return env;
  const file = process.env.TF_CLI_CONFIG_FILE || path.join(os.homedir(), ".terraform.d", "credentials.tfrc.json");
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")).credentials[host].token;
  } catch {
    return undefined;
  }
}

async function workspaces(org) {
  const res = await fetch(`https://app.terraform.io/api/v2/organizations/${org}/workspaces`, {
    headers: { Authorization: `Bearer ${token()}`, "Content-Type": "application/vnd.api+json" },
  });
  return (await res.json()).data;
}

module.exports = { token, workspaces };
