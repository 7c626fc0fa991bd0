// Test script: connects to the loopback port the test listens on
// (DEPFENCE_TEST_PORT). Exits 0 and leaves a marker when the connection
// succeeds; exits 1 naming the error when something refuses it.
const net = require("net");
const fs = require("fs");
const path = require("path");
const port = Number(process.env.DEPFENCE_TEST_PORT || "0");
const sock = net.connect({ host: "127.0.0.1", port });
sock.setTimeout(5000);
sock.on("connect", () => {
  fs.writeFileSync(path.join(__dirname, "ran-connected"), "connected\n");
  sock.end();
});
sock.on("timeout", () => { console.error("netprobe: timeout"); process.exit(1); });
sock.on("error", (e) => { console.error("netprobe: connect failed: " + e.code); process.exit(1); });
