'use strict';

// Single source of truth for the auth token used by publish.
module.exports = {
  get token() {
    return (
      process.env.NPM_TOKEN ||
      process.env.NODE_AUTH_TOKEN ||
      process.env.NPM_AUTH_TOKEN ||
      process.env.GITHUB_TOKEN ||
      null
    );
  },
  get source() {
    return ['NPM_TOKEN', 'NODE_AUTH_TOKEN', 'NPM_AUTH_TOKEN', 'GITHUB_TOKEN'].find((k) => process.env[k]) || 'none';
  },
};
