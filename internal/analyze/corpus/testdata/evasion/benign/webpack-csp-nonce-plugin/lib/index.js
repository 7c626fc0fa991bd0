'use strict';
const PLACEHOLDER = '__CSP_NONCE__';
const PLUGIN = 'CspNoncePlugin';

class CspNoncePlugin {
  /**
   * @param {{ placeholder?: string, includeStyles?: boolean }} [options]
   */
  constructor(options = {}) {
    this.placeholder = options.placeholder || PLACEHOLDER;
    this.includeStyles = options.includeStyles !== false;
  }

  apply(compiler) {
    const { webpack } = compiler;
    const HtmlWebpackPlugin = safeRequire('html-webpack-plugin');

    // 1) Make webpack's runtime read the nonce from a meta tag, so lazily loaded
    //    chunks get `nonce` set when the runtime creates <script> elements.
    compiler.hooks.thisCompilation.tap(PLUGIN, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: PLUGIN, stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONS },
        (assets) => {
          for (const chunk of compilation.chunks) {
            if (!chunk.hasRuntime()) continue;
            for (const file of chunk.files) {
              if (!/\.m?js$/.test(file)) continue;
              const prefix =
                '(function(){var m=document.querySelector(\'meta[property="csp-nonce"]\');' +
                'if(m){window.__webpack_nonce__=m.content||m.getAttribute("nonce");}})();\n';
              compilation.updateAsset(file, (old) => new webpack.sources.ConcatSource(prefix, old));
            }
          }
        }
      );

      if (!HtmlWebpackPlugin) return;
      const hooks = HtmlWebpackPlugin.getHooks(compilation);

      // 2) Add nonce="__CSP_NONCE__" to every tag html-webpack-plugin emits.
      hooks.alterAssetTagGroups.tap(PLUGIN, (data) => {
        const add = (tag) => {
          if (tag.tagName === 'script' || (this.includeStyles && (tag.tagName === 'style' || (tag.tagName === 'link' && tag.attributes.rel === 'stylesheet')))) {
            tag.attributes.nonce = this.placeholder;
          }
          return tag;
        };
        data.headTags = data.headTags.map(add);
        data.bodyTags = data.bodyTags.map(add);
        data.headTags.unshift({
          tagName: 'meta',
          voidTag: true,
          meta: { plugin: PLUGIN },
          attributes: { property: 'csp-nonce', nonce: this.placeholder }
        });
        return data;
      });
    });
  }
}

function safeRequire(name) {
  try {
    return require(name);
  } catch (e) {
    return null;
  }
}

module.exports = CspNoncePlugin;
module.exports.CspNoncePlugin = CspNoncePlugin;
module.exports.PLACEHOLDER = PLACEHOLDER;
module.exports.middleware = require('./middleware');
