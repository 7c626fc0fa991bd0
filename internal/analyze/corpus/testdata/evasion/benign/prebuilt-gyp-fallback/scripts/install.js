#!/usr/bin/env node
'use strict'
// Download a prebuilt binary matching this platform/ABI from the GitHub release,
// falling back to compiling from source with node-gyp.
const fs = require('fs')
const os = require('os')
const path = require('path')
const https = require('https')
const zlib = require('zlib')
const { spawn } = require('child_process')

const pkg = require('../package.json')
const root = path.join(__dirname, '..')
const env = process.env
const log = (...a) => console.error('prebuild-install', ...a)

function fill (tpl, vars) {
  return tpl.replace(/\{(\w+)\}/g, (_, k) => vars[k] !== undefined ? vars[k] : `{${k}}`)
}

function downloadUrl () {
  const b = pkg.binary
  const vars = {
    name: pkg.name,
    version: pkg.version,
    napi_build_version: b.napi_versions[0],
    platform: env.npm_config_platform || os.platform(),
    arch: env.npm_config_arch || os.arch(),
    libc: env.LIBC || (fs.existsSync('/etc/alpine-release') ? 'musl' : 'glibc')
  }
  // allow mirrors, e.g. in corporate networks / China
  const host = env.npm_config_fast_xxhash_binary_host_mirror || env.FAST_XXHASH_BINARY_HOST || b.host
  return host.replace(/\/?$/, '/') + fill(b.remote_path, vars) + '/' + fill(b.package_name, vars)
}

function cachePath (url) {
  const cacheDir = env.npm_config_cache || path.join(os.homedir(), '.npm')
  const name = require('crypto').createHash('sha512').update(url).digest('hex').slice(0, 32)
  return path.join(cacheDir, '_prebuilds', `${name}-${path.basename(url)}`)
}

function get (url, redirects, cb) {
  const opts = { headers: { 'User-Agent': `prebuild-install/${pkg.version}` } }
  if (env.npm_config_proxy || env.https_proxy) log('note: proxy configured, using system agent')
  https.get(url, opts, (res) => {
    if ([301, 302, 303, 307, 308].includes(res.statusCode) && res.headers.location) {
      res.resume()
      if (redirects > 5) return cb(new Error('too many redirects'))
      return get(new URL(res.headers.location, url).href, redirects + 1, cb)
    }
    if (res.statusCode !== 200) { res.resume(); return cb(new Error(`${res.statusCode} ${url}`)) }
    cb(null, res)
  }).on('error', cb)
}

function unpack (stream, cb) {
  const tar = require('tar-fs')
  const extract = tar.extract(root, {
    readable: true,
    writable: true,
    map (header) { log('unpacking', header.name); return header },
    ignore (name) { return !/build[\\/]Release[\\/][^\\/]+\.node$/.test(path.relative(root, name)) }
  })
  stream.pipe(zlib.createGunzip()).pipe(extract)
  extract.on('finish', () => cb())
  extract.on('error', cb)
}

function buildFromSource () {
  log('falling back to build from source with node-gyp')
  const gyp = env.npm_config_node_gyp || require.resolve('node-gyp/bin/node-gyp.js')
  const child = spawn(process.execPath, [gyp, 'rebuild'], {
    cwd: root,
    stdio: 'inherit',
    env: Object.assign({}, env, { npm_config_build_from_source: 'true' })
  })
  child.on('exit', (code) => process.exit(code))
}

function main () {
  if (env.npm_config_build_from_source === 'true' || env.npm_config_build_from_source === pkg.name) return buildFromSource()
  if (fs.existsSync(path.join(root, 'build', 'Release', 'xxhash.node'))) return log('binary already present')
  const url = downloadUrl()
  const cached = cachePath(url)
  if (fs.existsSync(cached)) {
    log('found cached prebuild', cached)
    return unpack(fs.createReadStream(cached), (err) => err ? buildFromSource() : log('done'))
  }
  log('downloading', url)
  get(url, 0, (err, res) => {
    if (err) { log('prebuild not available:', err.message); return buildFromSource() }
    fs.mkdirSync(path.dirname(cached), { recursive: true })
    const tmp = cached + '.' + process.pid + '.tmp'
    const out = fs.createWriteStream(tmp)
    res.pipe(out)
    out.on('finish', () => {
      fs.renameSync(tmp, cached)
      unpack(fs.createReadStream(cached), (e) => {
        if (e) { log('unpack failed', e.message); return buildFromSource() }
        fs.chmodSync(path.join(root, 'build', 'Release', 'xxhash.node'), 0o755)
        log('installed prebuilt binary')
      })
    })
  })
}

main()
