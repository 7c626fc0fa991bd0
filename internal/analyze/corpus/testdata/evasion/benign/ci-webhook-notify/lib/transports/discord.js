'use strict';
module.exports = (info) => ({
  username: 'CI',
  embeds: [{
    title: `${info.repo} · ${info.branch}`,
    description: `${info.status === 'success' ? '✅' : '❌'} ${info.workflow} #${info.run}`,
    url: info.url,
    color: info.status === 'success' ? 0x2ecc71 : 0xe74c3c,
    footer: { text: info.sha.slice(0, 7) }
  }]
});
