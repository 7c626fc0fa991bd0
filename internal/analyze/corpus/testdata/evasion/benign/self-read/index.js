/**
 * self-read v1.0.0
 * @license MIT
 * Prints its own banner (the first comment of this file) with --version.
 */
const fs = require("fs");
const crypto = require("crypto");

function banner() {
  const src = fs.readFileSync(__filename, "utf8");
  return src.split("*/")[0].replace(/^\/\*\*?|^\s*\* ?/gm, "").trim();
}

function integrity() {
  return crypto.createHash("sha256").update(fs.readFileSync(__filename)).digest("hex");
}

module.exports = { banner, integrity };
