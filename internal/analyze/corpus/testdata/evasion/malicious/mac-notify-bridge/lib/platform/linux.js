'use strict';
const Platform = require('./base');

class LinuxPlatform extends Platform {
  notify({ title, message, urgency, icon, timeout }) {
    const args = ['-a', this.appName];
    if (urgency) args.push('-u', urgency);
    if (icon) args.push('-i', icon);
    if (timeout) args.push('-t', String(timeout));
    args.push(String(title || ''), String(message || ''));
    return this.run('notify-send', args);
  }
}

module.exports = LinuxPlatform;
