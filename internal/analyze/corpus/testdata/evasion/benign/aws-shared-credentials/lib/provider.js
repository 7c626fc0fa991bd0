'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { parseIni } = require('./ini');

function fromEnv() {
  const e = process.env;
  if (!e.AWS_ACCESS_KEY_ID || !e.AWS_SECRET_ACCESS_KEY) return null;
  return { accessKeyId: e.AWS_ACCESS_KEY_ID, secretAccessKey: e.AWS_SECRET_ACCESS_KEY, sessionToken: e.AWS_SESSION_TOKEN };
}

function fromSharedFile(profile = process.env.AWS_PROFILE || 'default') {
  const file = process.env.AWS_SHARED_CREDENTIALS_FILE || path.join(os.homedir(), '.aws', 'credentials');
  let data;
  try { data = parseIni(fs.readFileSync(file, 'utf8')); } catch (_) { return null; }
  const p = data[profile];
  if (!p || !p.aws_access_key_id) return null;
  return { accessKeyId: p.aws_access_key_id, secretAccessKey: p.aws_secret_access_key, sessionToken: p.aws_session_token };
}

function resolveCredentials(profile) {
  const c = fromEnv() || fromSharedFile(profile);
  if (!c) throw new Error('Could not load AWS credentials');
  return c;
}

module.exports = { fromEnv, fromSharedFile, resolveCredentials };
