'use strict';
const { Pool } = require('pg');

function loadGenerated() {
  try {
    return require('.tablekit/client');
  } catch (e) {
    throw new Error('tablekit: generated client not found. Run `npx tablekit generate`.');
  }
}

function createClient(connectionString, poolOptions = {}) {
  const pool = new Pool(Object.assign({ connectionString }, poolOptions));
  const tables = loadGenerated();
  const client = { $pool: pool, $disconnect: () => pool.end() };
  for (const [name, make] of Object.entries(tables)) client[name] = make(pool);
  return client;
}

module.exports = { createClient };
