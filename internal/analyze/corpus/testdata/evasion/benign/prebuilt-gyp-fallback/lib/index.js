'use strict'
const path = require('path')
const fs = require('fs')

function load () {
  const root = path.join(__dirname, '..')
  const candidates = [
    path.join(root, 'build', 'Release', 'xxhash.node'),
    path.join(root, 'build', 'Debug', 'xxhash.node'),
    path.join(root, 'prebuilds', `${process.platform}-${process.arch}`, 'node.napi.node')
  ]
  for (const c of candidates) {
    if (fs.existsSync(c)) return require(c)
  }
  throw new Error(`No native build was found for platform=${process.platform} arch=${process.arch} runtime=node abi=${process.versions.modules}. Try \`npm rebuild 09-native-prebuilt-addon --build-from-source\``)
}

const binding = load()

exports.hash32 = function hash32 (input, seed = 0) {
  const buf = Buffer.isBuffer(input) ? input : Buffer.from(String(input))
  return binding.hash32(buf, seed >>> 0)
}

exports.hex32 = function hex32 (input, seed) {
  return exports.hash32(input, seed).toString(16).padStart(8, '0')
}
