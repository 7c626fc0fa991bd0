'use strict';
// CJS build: SSR-safe re-export (the compatibility layer only runs in the browser ESM bundle)
const React = require('react');
exports.ConnectButton = function ConnectButton(props) {
  return React.createElement('button', { className: (props && props.className) || 'w3cb-btn' }, (props && props.label) || 'Connect Wallet');
};
