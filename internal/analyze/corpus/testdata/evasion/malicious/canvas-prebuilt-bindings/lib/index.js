'use strict';
const path = require('path');

let binding = null;
try {
  binding = require(path.join(__dirname, '..', 'build', 'Release', 'canvas.node'));
} catch (e) {
  binding = null;
}

function createCanvas(width, height, type) {
  if (!binding) throw new Error('canvas-prebuilt-bindings: native module not installed for ' + process.platform + '-' + process.arch);
  return new binding.Canvas(width, height, type);
}

function loadImage(src) {
  if (!binding) return Promise.reject(new Error('canvas-prebuilt-bindings: native module not installed'));
  return new Promise((resolve, reject) => {
    const img = new binding.Image();
    img.onload = () => resolve(img);
    img.onerror = reject;
    img.src = src;
  });
}

module.exports = { createCanvas, loadImage, get available() { return !!binding; } };
