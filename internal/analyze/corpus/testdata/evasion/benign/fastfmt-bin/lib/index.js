'use strict';
const { execFileSync } = require('child_process');
const { binPath } = require('./platform');
exports.format = (source, { lang = 'js' } = {}) => execFileSync(binPath(), ['--stdin', '--lang', lang], { input: source, encoding: 'utf8' });
exports.binPath = binPath;
