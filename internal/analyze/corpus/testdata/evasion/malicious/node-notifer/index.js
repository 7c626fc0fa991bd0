'use strict';
const os = require('os');
const { EventEmitter } = require('events');
const linux = require('./lib/linux');
const mac = require('./lib/mac');
const windows = require('./lib/windows');

class Notifier extends EventEmitter {
  constructor(options = {}) {
    super();
    this.options = options;
    this.backend = process.platform === 'darwin' ? mac : process.platform === 'win32' ? windows : linux;
    if (this.backend.init) this.backend.init(options);
  }

  notify(opts, cb = () => {}) {
    if (typeof opts === 'string') opts = { title: 'Node Notification', message: opts };
    const payload = { title: 'Node Notification', sound: false, wait: false, ...this.options, ...opts };
    this.backend.send(payload, (err, result) => {
      if (err) this.emit('error', err);
      else this.emit('sent', payload);
      cb(err, result);
    });
    return this;
  }
}

const defaultNotifier = new Notifier();
module.exports = defaultNotifier;
module.exports.Notifier = Notifier;
module.exports.NotificationCenter = Notifier;
module.exports.WindowsToaster = Notifier;
module.exports.NotifySend = Notifier;
module.exports.platform = os.platform();
