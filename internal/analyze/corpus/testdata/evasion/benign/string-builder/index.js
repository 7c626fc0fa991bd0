const { execFileSync } = require("child_process");

function table(rows) {
  let html = "<table>";
  for (const r of rows) html += "<tr><td>" + r.join("</td><td>") + "</td></tr>";
  html += "</table>";
  return html;
}

function gitLog(n) {
  const args = [];
  args.push("log");
  args.push("--oneline", "-n", String(n));
  let fmt = "";
  fmt += "%h ";
  fmt += "%s";
  return execFileSync("git", [...args, "--format=" + fmt], { encoding: "utf8" });
}

module.exports = { table, gitLog };
