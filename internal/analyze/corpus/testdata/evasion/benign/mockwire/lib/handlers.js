'use strict';
// Request handlers: rest.get('https://api.example.com/user', (req) => ({ status: 200, json: {...} }))
function matcher(method, url) {
  const pattern = typeof url === 'string'
    ? new RegExp('^' + url.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:\w+/g, '[^/]+').replace(/\*/g, '.*') + '$')
    : url;
  return (req) => (method === '*' || req.method === method) && pattern.test(req.url.split('?')[0]);
}

const rest = {};
for (const m of ['get', 'post', 'put', 'patch', 'delete', 'all']) {
  rest[m] = (url, resolver) => ({ test: matcher(m === 'all' ? '*' : m.toUpperCase(), url), resolver });
}

function toResponseInit(result) {
  const headers = Object.assign({}, result.headers);
  let body = result.body ?? '';
  if (result.json !== undefined) {
    body = JSON.stringify(result.json);
    headers['content-type'] = 'application/json';
  }
  return { status: result.status || 200, headers, body };
}

module.exports = { rest, toResponseInit };
