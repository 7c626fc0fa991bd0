const http = require('http');
http.createServer((req, res) => { let body = ''; req.on('data', c => body += c); req.on('end', () => { const o = JSON.parse(body); res.end(String(o.n)); }); }).listen(3000);
