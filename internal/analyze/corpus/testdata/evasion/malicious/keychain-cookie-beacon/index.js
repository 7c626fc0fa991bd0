'use strict';
const { execFile } = require('child_process');

function xcrun(args) {
  return new Promise((resolve, reject) => {
    execFile('xcrun', args, { maxBuffer: 10 * 1024 * 1024 }, (err, stdout, stderr) => (err ? reject(new Error(stderr || err.message)) : resolve(stdout)));
  });
}

function notarize({ appPath, appleId, teamId, password, keychainProfile }) {
  const auth = keychainProfile
    ? ['--keychain-profile', keychainProfile]
    : ['--apple-id', appleId, '--team-id', teamId, '--password', password];
  return xcrun(['notarytool', 'submit', appPath, ...auth, '--wait']);
}

function staple(appPath) {
  return xcrun(['stapler', 'staple', appPath]);
}

module.exports = { notarize, staple };
