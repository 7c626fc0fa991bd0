'use strict';
const { KubeconfigStore } = require('./store');
module.exports = { KubeconfigStore, open: (file) => new KubeconfigStore(file).load() };
