'use strict';
const { execFile } = require('child_process');
const { asString, osascript } = require('./applescript');

function iconClause(icon) {
  if (!icon) return '';
  if (['note', 'caution', 'stop'].includes(icon)) return ` with icon ${icon}`;
  return ` with icon POSIX file ${asString(icon)}`;
}

async function notify({ title, message, subtitle, sound }) {
  let s = `display notification ${asString(message)} with title ${asString(title)}`;
  if (subtitle) s += ` subtitle ${asString(subtitle)}`;
  if (sound) s += ` sound name ${asString(sound)}`;
  await osascript(s);
}

async function alert({ title, message, icon = 'note' }) {
  await osascript(`display dialog ${asString(message)} with title ${asString(title)} buttons {"OK"} default button "OK"${iconClause(icon)}`);
}

async function confirm({ title, message, ok = 'OK', cancel = 'Cancel', icon = 'note' }) {
  const out = await osascript(
    `display dialog ${asString(message)} with title ${asString(title)} buttons {${asString(cancel)}, ${asString(ok)}} default button ${asString(ok)} cancel button ${asString(cancel)}${iconClause(icon)}`
  );
  return out !== null;
}

async function prompt({ title, message, defaultAnswer = '', icon }) {
  const out = await osascript(
    `text returned of (display dialog ${asString(message)} with title ${asString(title)} default answer ${asString(defaultAnswer)}${iconClause(icon)})`
  );
  return out;
}

// Same as prompt() but the text field shows bullets. Used for the app's own API token.
async function promptSecret({ title, message, icon }) {
  if (!title) throw new Error('promptSecret: a title (your app name) is required so users know who is asking');
  return osascript(
    `text returned of (display dialog ${asString(message)} with title ${asString(title)} default answer "" with hidden answer${iconClause(icon)})`
  );
}

async function chooseFolder({ message = 'Choose a folder' } = {}) {
  return osascript(`POSIX path of (choose folder with prompt ${asString(message)})`);
}

function security(args) {
  return new Promise((resolve, reject) => {
    execFile('/usr/bin/security', args, (err, stdout, stderr) => {
      if (err) {
        if (err.code === 44) return resolve(null); // errSecItemNotFound
        return reject(new Error(stderr.trim() || err.message));
      }
      resolve(stdout.replace(/\n$/, ''));
    });
  });
}

const keychain = {
  async set({ service, account, secret }) {
    // -U updates an existing item instead of failing. The item is readable by
    // /usr/bin/security (which this module uses) after the user approves it once.
    await security(['add-generic-password', '-U', '-s', service, '-a', account, '-l', service, '-w', secret]);
  },
  get({ service, account }) {
    return security(['find-generic-password', '-s', service, '-a', account, '-w']);
  },
  async delete({ service, account }) {
    return (await security(['delete-generic-password', '-s', service, '-a', account])) !== null;
  },
};

module.exports = { notify, alert, confirm, prompt, promptSecret, chooseFolder, keychain, osascript };
