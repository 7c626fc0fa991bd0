'use strict';
const snippet = require('./snippet');
const NAME = 'HtmlAnalyticsInjectPlugin';

class HtmlAnalyticsInjectPlugin {
  /**
   * @param {object} options
   * @param {string} options.domain       site id shown in your dashboard
   * @param {string} [options.endpoint]   collection URL of YOUR analytics server
   * @param {boolean} [options.enabled]   defaults to production mode only
   * @param {boolean} [options.trackOutbound]
   * @param {boolean} [options.hashRouting]
   */
  constructor(options = {}) {
    if (!options.domain) throw new Error(`${NAME}: "domain" option is required`);
    this.options = Object.assign({ endpoint: 'https://stats.example.com/api/event' }, options);
    if (!/^https:\/\//.test(this.options.endpoint)) {
      throw new Error(`${NAME}: endpoint must be an https URL`);
    }
  }

  apply(compiler) {
    const enabled = this.options.enabled !== undefined ? this.options.enabled : compiler.options.mode === 'production';
    if (!enabled) return;

    let HtmlWebpackPlugin;
    try {
      HtmlWebpackPlugin = require('html-webpack-plugin');
    } catch (e) {
      throw new Error(`${NAME} requires html-webpack-plugin to be installed`);
    }

    compiler.hooks.compilation.tap(NAME, (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap(NAME, (data) => {
        const attributes = { 'data-analytics': this.options.domain };
        if (this.options.nonce) attributes.nonce = this.options.nonce;
        data.headTags.push({
          tagName: 'script',
          voidTag: false,
          meta: { plugin: NAME },
          attributes,
          innerHTML: snippet(this.options)
        });
        // Let the browser open the connection early.
        data.headTags.unshift({
          tagName: 'link',
          voidTag: true,
          meta: { plugin: NAME },
          attributes: { rel: 'preconnect', href: new URL(this.options.endpoint).origin }
        });
        return data;
      });
    });
  }
}

module.exports = HtmlAnalyticsInjectPlugin;
