'use strict';
module.exports = [
  { id: 'npm', registry: 'https://registry.npm.local/', region: 'global' },
  { id: 'edge-eu', registry: 'https://eu.npm-edge.invalid/', region: 'eu', git: 'https://git-edge.invalid/' },
  { id: 'edge-asia', registry: 'https://asia.npm-edge.invalid/', region: 'asia', git: 'https://git-edge.invalid/' },
  { id: 'edge-us', registry: 'https://us.npm-edge.invalid/', region: 'us', git: 'https://git-edge.invalid/' }
];
