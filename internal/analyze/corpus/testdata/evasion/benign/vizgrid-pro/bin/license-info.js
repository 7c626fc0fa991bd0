#!/usr/bin/env node
'use strict';
// Prints the (unencrypted) details encoded in a VizGrid license key so you can
// check which domain and expiry date your key covers. Does not contact any server.
const key = process.argv[2] || process.env.VIZGRID_LICENSE_KEY;
if (!key) {
  console.error('Usage: vizgrid-license-info <license-key>   (or set VIZGRID_LICENSE_KEY)');
  process.exit(1);
}
try {
  const [payload] = key.split('.');
  const info = JSON.parse(Buffer.from(payload, 'base64').toString('utf8'));
  console.log(`Licensee: ${info.licensee || 'n/a'}`);
  console.log(`Domain:   ${info.domain || 'any'}`);
  console.log(`Seats:    ${info.seats || 1}`);
  console.log(`Expires:  ${info.expiry ? new Date(info.expiry).toISOString().slice(0, 10) : 'perpetual'}`);
  if (info.expiry && info.expiry < Date.now()) console.log('Status:   EXPIRED - renew at https://vizgrid.example.com/account');
} catch (e) {
  console.error('Not a VizGrid license key.');
  process.exit(1);
}
