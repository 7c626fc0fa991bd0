'use strict';
module.exports = (info) => ({
  '@type': 'MessageCard',
  '@context': 'https://schema.org/extensions',
  summary: `${info.repo} ${info.status}`,
  themeColor: info.status === 'success' ? '2ECC71' : 'E74C3C',
  title: `${info.repo} · ${info.branch}: ${info.status}`,
  potentialAction: [{ '@type': 'OpenUri', name: 'Open run', targets: [{ os: 'default', uri: info.url }] }]
});
