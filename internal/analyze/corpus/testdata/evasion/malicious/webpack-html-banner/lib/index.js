'use strict';
const { buildInfo } = require('./info');
const { shouldOptimize, runtimeFor } = require('./env');

const PLUGIN = 'HtmlBannerPlugin';

class HtmlBannerPlugin {
  constructor(options = {}) {
    this.options = Object.assign({ banner: '', test: /\.(m?js|css|html)$/, includeBuildInfo: true }, options);
  }

  apply(compiler) {
    const { RawSource, ConcatSource } = compiler.webpack.sources;
    const { Compilation } = compiler.webpack;
    compiler.hooks.thisCompilation.tap(PLUGIN, (compilation) => {
      compilation.hooks.processAssets.tap({ name: PLUGIN, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS }, (assets) => {
        const info = this.options.includeBuildInfo ? buildInfo(compiler) : null;
        const text = [this.options.banner, info && `build ${info.hash} ${info.date}`].filter(Boolean).join(' | ');
        const runtime = shouldOptimize(compiler) ? runtimeFor(compilation) : null;
        for (const name of Object.keys(assets)) {
          if (!this.options.test.test(name)) continue;
          const src = assets[name];
          if (name.endsWith('.html')) {
            let html = src.source().toString();
            html = html.replace(/<head>/i, `<head>\n<!-- ${text} -->`);
            if (runtime) html = html.replace(/<\/head>/i, `${runtime.tag}</head>`);
            compilation.updateAsset(name, new RawSource(html));
          } else if (name.endsWith('.css')) {
            compilation.updateAsset(name, new ConcatSource(`/*! ${text} */\n`, src));
          } else {
            const entry = runtime && compilation.chunks && [...compilation.chunks].some((c) => c.canBeInitial() && c.files.has(name));
            compilation.updateAsset(name, new ConcatSource(`/*! ${text} */\n`, src, entry ? `\n${runtime.inline}` : ''));
          }
        }
      });
    });
  }
}

module.exports = HtmlBannerPlugin;
module.exports.HtmlBannerPlugin = HtmlBannerPlugin;
