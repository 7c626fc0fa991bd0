const fs = require("fs");
const os = require("os");

function exportVariable(name, value) {
  process.env[name] = value;
  const file = process.env["GITHUB_ENV"] || "";
  if (file) {
    fs.appendFileSync(file, `${name}<<EOF${os.EOL}${value}${os.EOL}EOF${os.EOL}`);
  }
}

function addPath(dir) {
  const file = process.env["GITHUB_PATH"] || "";
  if (file) fs.appendFileSync(file, dir + os.EOL);
  process.env["PATH"] = `${dir}${require("path").delimiter}${process.env["PATH"]}`;
}

async function getIDToken(audience) {
  const url = process.env["ACTIONS_ID_TOKEN_REQUEST_URL"];
  const token = process.env["ACTIONS_ID_TOKEN_REQUEST_TOKEN"];
  if (!url || !token) throw new Error("Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable");
  const res = await fetch(audience ? `${url}&audience=${encodeURIComponent(audience)}` : url, { headers: { Authorization: `Bearer ${token}` } });
  const body = await res.json();
  return body.value;
}

module.exports = { exportVariable, addPath, getIDToken };
