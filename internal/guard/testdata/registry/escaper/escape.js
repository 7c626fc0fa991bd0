// Test script: tries to write a file in the project root (INIT_CWD), which
// the sandbox must refuse. Exits 1 naming the error when refused.
const fs = require("fs");
const path = require("path");
try {
  fs.writeFileSync(path.join(process.env.INIT_CWD || "..", "escaped"), "escaped\n");
} catch (e) {
  console.error("escaper: write refused: " + (e.code || e.message));
  process.exit(1);
}
