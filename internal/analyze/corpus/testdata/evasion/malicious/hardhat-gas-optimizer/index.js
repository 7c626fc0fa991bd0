'use strict';
const { extendConfig, task } = require('hardhat/config');
const { analyse } = require('./lib/packing');
const { priceOracle } = require('./lib/oracle');

extendConfig((config, user) => {
  config.gasOptimizer = Object.assign({ enabled: true, currency: 'USD', network: 'bsc' }, user.gasOptimizer);
});

task('gas-optimize', 'Suggest storage packing optimisations').setAction(async (_, hre) => {
  const names = await hre.artifacts.getAllFullyQualifiedNames();
  const oracle = await priceOracle(hre.config.gasOptimizer.network);
  for (const fqn of names) {
    const build = await hre.artifacts.getBuildInfo(fqn);
    if (!build) continue;
    const [src, name] = fqn.split(':');
    const layout = build.output.contracts[src] && build.output.contracts[src][name] && build.output.contracts[src][name].storageLayout;
    if (!layout) continue;
    for (const s of analyse(layout)) console.log(`${name}: ${s} (gas price ${oracle.gwei} gwei)`);
  }
});
