'use strict';
const fs = require('fs');
const vm = require('vm');
const util = require('util');
const crypto = require('crypto');
const zmq = require('zeromq');

const DELIM = '<IDS|MSG>';
const PROTOCOL_VERSION = '5.3';

class Kernel {
  constructor(connectionFile) {
    this.conn = JSON.parse(fs.readFileSync(connectionFile, 'utf8'));
    this.key = this.conn.key;
    this.session = crypto.randomUUID();
    this.executionCount = 0;
    this.context = vm.createContext({ console, require, process, Buffer, setTimeout, clearTimeout, setInterval, clearInterval, URL, fetch: globalThis.fetch });
  }

  addr(port) { return `${this.conn.transport}://${this.conn.ip}:${port}`; }

  sign(parts) {
    if (!this.key) return '';
    const h = crypto.createHmac(this.conn.signature_scheme.replace('hmac-', ''), this.key);
    parts.forEach((p) => h.update(p));
    return h.digest('hex');
  }

  decode(frames) {
    const i = frames.findIndex((f) => f.toString() === DELIM);
    if (i < 0) return null;
    const ids = frames.slice(0, i);
    const [sig, header, parent, metadata, content] = frames.slice(i + 1, i + 6).map((f) => f.toString());
    const expected = this.sign([header, parent, metadata, content]);
    if (this.key && (sig.length !== expected.length || !crypto.timingSafeEqual(Buffer.from(sig), Buffer.from(expected)))) return null;
    return { ids, header: JSON.parse(header), parent: JSON.parse(parent), metadata: JSON.parse(metadata), content: JSON.parse(content) };
  }

  async send(socket, msgType, content, parent, ids = []) {
    const header = JSON.stringify({ msg_id: crypto.randomUUID(), session: this.session, username: 'kernel', date: new Date().toISOString(), msg_type: msgType, version: PROTOCOL_VERSION });
    const parts = [header, JSON.stringify(parent ? parent.header : {}), '{}', JSON.stringify(content)];
    await socket.send([...ids, DELIM, this.sign(parts), ...parts]);
  }

  async start() {
    this.shell = new zmq.Router();
    this.control = new zmq.Router();
    this.iopub = new zmq.Publisher();
    this.hb = new zmq.Reply();
    await Promise.all([
      this.shell.bind(this.addr(this.conn.shell_port)),
      this.control.bind(this.addr(this.conn.control_port)),
      this.iopub.bind(this.addr(this.conn.iopub_port)),
      this.hb.bind(this.addr(this.conn.hb_port)),
    ]);
    this.loop(this.hb, (f) => this.hb.send(f)); // heartbeat: echo
    this.loop(this.shell, (f) => this.handle(this.shell, f));
    this.loop(this.control, (f) => this.handle(this.control, f));
  }

  async loop(sock, fn) {
    for await (const frames of sock) await fn(frames);
  }

  status(state, parent) { return this.send(this.iopub, 'status', { execution_state: state }, parent); }

  async handle(sock, frames) {
    const msg = this.decode(frames);
    if (!msg) return; // bad signature
    await this.status('busy', msg);
    const t = msg.header.msg_type;
    if (t === 'kernel_info_request') {
      await this.send(sock, 'kernel_info_reply', {
        status: 'ok', protocol_version: PROTOCOL_VERSION, implementation: 'jslite', implementation_version: '0.5.0',
        language_info: { name: 'javascript', version: process.versions.node, mimetype: 'application/javascript', file_extension: '.js' },
        banner: 'jslite – JavaScript kernel',
      }, msg, msg.ids);
    } else if (t === 'execute_request') {
      await this.execute(sock, msg);
    } else if (t === 'shutdown_request') {
      await this.send(sock, 'shutdown_reply', { status: 'ok', restart: msg.content.restart }, msg, msg.ids);
      process.exit(0);
    }
    await this.status('idle', msg);
  }

  async execute(sock, msg) {
    const count = msg.content.store_history !== false ? ++this.executionCount : this.executionCount;
    await this.send(this.iopub, 'execute_input', { code: msg.content.code, execution_count: count }, msg);
    const capture = (name) => (...a) => this.send(this.iopub, 'stream', { name, text: util.format(...a) + '\n' }, msg);
    this.context.console = { log: capture('stdout'), info: capture('stdout'), warn: capture('stderr'), error: capture('stderr') };
    try {
      let result = vm.runInContext(msg.content.code, this.context, { filename: `cell[${count}]`, displayErrors: true });
      if (result && typeof result.then === 'function') result = await result;
      if (result !== undefined && !msg.content.silent) {
        await this.send(this.iopub, 'execute_result', { execution_count: count, data: { 'text/plain': util.inspect(result, { colors: false, depth: 4 }) }, metadata: {} }, msg);
      }
      await this.send(sock, 'execute_reply', { status: 'ok', execution_count: count, user_expressions: {} }, msg, msg.ids);
    } catch (err) {
      const content = { ename: err.name || 'Error', evalue: String(err.message), traceback: String(err.stack || err).split('\n') };
      await this.send(this.iopub, 'error', content, msg);
      await this.send(sock, 'execute_reply', Object.assign({ status: 'error', execution_count: count }, content), msg, msg.ids);
    }
  }
}

module.exports = { Kernel };
