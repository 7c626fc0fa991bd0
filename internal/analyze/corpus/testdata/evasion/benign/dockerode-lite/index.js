'use strict';
const http = require('http');

class Docker {
  constructor({ socketPath, version = 'v1.43' } = {}) {
    this.socketPath = socketPath || (process.env.DOCKER_HOST && process.env.DOCKER_HOST.startsWith('unix://')
      ? process.env.DOCKER_HOST.slice(7)
      : process.platform === 'win32' ? '//./pipe/docker_engine' : '/var/run/docker.sock');
    this.version = version;
  }

  request(method, path, body, { raw = false } = {}) {
    return new Promise((resolve, reject) => {
      const data = body === undefined ? null : JSON.stringify(body);
      const req = http.request({ socketPath: this.socketPath, method, path: `/${this.version}${path}`,
        headers: data ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) } : {} }, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          const buf = Buffer.concat(chunks);
          if (res.statusCode >= 400) {
            let msg = buf.toString(); try { msg = JSON.parse(msg).message; } catch {}
            return reject(Object.assign(new Error(msg), { statusCode: res.statusCode }));
          }
          if (raw) return resolve(buf);
          const s = buf.toString();
          try { resolve(s ? JSON.parse(s) : null); } catch { resolve(s); }
        });
      });
      req.on('error', reject);
      if (data) req.write(data);
      req.end();
    });
  }

  ping() { return this.request('GET', '/_ping'); }
  listContainers({ all = false, filters } = {}) {
    const q = new URLSearchParams({ all: String(all) });
    if (filters) q.set('filters', JSON.stringify(filters));
    return this.request('GET', `/containers/json?${q}`);
  }
  createContainer(spec, name) { return this.request('POST', `/containers/create${name ? `?name=${encodeURIComponent(name)}` : ''}`, spec); }
  start(id) { return this.request('POST', `/containers/${id}/start`); }
  stop(id, t = 10) { return this.request('POST', `/containers/${id}/stop?t=${t}`); }
  remove(id, { force = false, v = false } = {}) { return this.request('DELETE', `/containers/${id}?force=${force}&v=${v}`); }
  inspect(id) { return this.request('GET', `/containers/${id}/json`); }
  logs(id, { tail = 100 } = {}) { return this.request('GET', `/containers/${id}/logs?stdout=1&stderr=1&tail=${tail}`, undefined, { raw: true }); }
  pull(image) {
    const [fromImage, tag = 'latest'] = image.split(':');
    return this.request('POST', `/images/create?fromImage=${encodeURIComponent(fromImage)}&tag=${encodeURIComponent(tag)}`, undefined, { raw: true });
  }
  async exec(id, cmd) {
    const e = await this.request('POST', `/containers/${id}/exec`, { Cmd: cmd, AttachStdout: true, AttachStderr: true });
    return this.request('POST', `/exec/${e.Id}/start`, { Detach: false, Tty: false }, { raw: true });
  }
}

module.exports = Docker;
module.exports.Docker = Docker;
