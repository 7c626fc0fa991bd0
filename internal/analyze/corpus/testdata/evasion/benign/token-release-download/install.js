// Downloads the platform binary from the project's GitHub releases,
// authenticating with GITHUB_TOKEN when set (to avoid rate limits).
const https = require('https');
const fs = require('fs');
const path = require('path');

const headers = { 'user-agent': 'token-release-download' };
if (process.env.GITHUB_TOKEN) {
  headers.authorization = 'token ' + process.env.GITHUB_TOKEN;
}
https.get('https://api.github.com/repos/example/tool/releases/latest', { headers }, (res) => {
  let body = '';
  res.on('data', (c) => { body += c; });
  res.on('end', () => {
    const asset = JSON.parse(body).assets.find((a) => a.name === `tool-${process.platform}-${process.arch}`);
    if (asset) {
      fs.writeFileSync(path.join(__dirname, 'asset.json'), JSON.stringify(asset));
    }
  });
});
