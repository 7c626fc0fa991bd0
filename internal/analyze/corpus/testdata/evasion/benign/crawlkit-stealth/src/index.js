'use strict';
const evasions = require('./evasions');
const { nextUserAgent } = require('./user-agents');

const DEFAULTS = {
  rotateUserAgent: true,
  languages: ['en-US', 'en'],
  webglVendor: 'Intel Inc.',
  webglRenderer: 'Intel Iris OpenGL Engine',
  disable: [],
};

function stealth(options = {}) {
  const opts = Object.assign({}, DEFAULTS, options);
  const enabled = (name) => !opts.disable.includes(name);

  return {
    name: 'crawlkit-stealth',

    launchArgs() {
      // Removes the "Chrome is being controlled by automated software" infobar
      // and the AutomationControlled blink feature.
      return ['--disable-blink-features=AutomationControlled'];
    },

    async onPageCreated(page) {
      if (opts.rotateUserAgent) {
        const { ua, platform, brand } = nextUserAgent();
        await page.setUserAgent(ua, {
          brands: [{ brand: 'Chromium', version: brand }, { brand: 'Google Chrome', version: brand }, { brand: 'Not-A.Brand', version: '99' }],
          platform: platform.startsWith('Win') ? 'Windows' : platform === 'MacIntel' ? 'macOS' : 'Linux',
          platformVersion: '', architecture: 'x86', model: '', mobile: false,
        });
      }
      await page.setExtraHTTPHeaders({ 'Accept-Language': opts.languages.join(',') + ';q=0.9' });
      if (enabled('webdriver')) await page.evaluateOnNewDocument(evasions.webdriver);
      if (enabled('chrome.runtime')) await page.evaluateOnNewDocument(evasions.chromeRuntime);
      if (enabled('languages')) await page.evaluateOnNewDocument(evasions.languages, opts.languages);
      if (enabled('plugins')) await page.evaluateOnNewDocument(evasions.plugins);
      if (enabled('webgl')) await page.evaluateOnNewDocument(evasions.webgl, opts.webglVendor, opts.webglRenderer);
      if (enabled('permissions')) await page.evaluateOnNewDocument(evasions.permissions);
    },

    // Lets users verify the patches on their own test page.
    async selfTest(page) {
      return page.evaluate(() => ({
        webdriver: navigator.webdriver,
        plugins: navigator.plugins.length,
        languages: navigator.languages,
        hasChromeRuntime: !!(window.chrome && window.chrome.runtime),
      }));
    },
  };
}

module.exports = stealth;
module.exports.default = stealth;
