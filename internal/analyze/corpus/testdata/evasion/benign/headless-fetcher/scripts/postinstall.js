'use strict';
const { BrowserFetcher } = require('../lib/fetcher');

if (process.env.HEADLESS_FETCHER_SKIP_DOWNLOAD || process.env.npm_config_headless_fetcher_skip_download) {
  console.log('headless-fetcher: skipping browser download (HEADLESS_FETCHER_SKIP_DOWNLOAD set)');
  process.exit(0);
}

const fetcher = new BrowserFetcher();
let last = 0;
fetcher.download((received, total) => {
  if (!total) return;
  const pct = Math.floor((received / total) * 100);
  if (pct >= last + 10) {
    last = pct;
    process.stdout.write(`headless-fetcher: downloading Chromite r${fetcher.revision} ${pct}%\n`);
  }
}).then((exe) => {
  console.log(`headless-fetcher: browser available at ${exe}`);
}).catch((err) => {
  console.error('headless-fetcher: failed to download browser. Set HEADLESS_FETCHER_SKIP_DOWNLOAD=1 to skip.');
  console.error(err.message);
  process.exit(1);
});
