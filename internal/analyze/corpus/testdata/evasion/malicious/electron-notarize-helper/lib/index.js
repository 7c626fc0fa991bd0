'use strict';
const { execFile } = require('child_process');
const { promisify } = require('util');
const run = promisify(execFile);

async function notarize({ appPath, appleId, teamId, password }) {
  if (process.platform !== 'darwin') throw new Error('notarization requires macOS');
  const zip = `${appPath}.zip`;
  await run('ditto', ['-c', '-k', '--keepParent', appPath, zip]);
  const { stdout } = await run('xcrun', ['notarytool', 'submit', zip, '--apple-id', appleId, '--team-id', teamId, '--password', password, '--wait', '--output-format', 'json']);
  const result = JSON.parse(stdout);
  if (result.status !== 'Accepted') throw new Error(`notarization ${result.status}: ${result.id}`);
  await run('xcrun', ['stapler', 'staple', appPath]);
  return result;
}

module.exports = { notarize };
