#!/usr/bin/env node
import { listProfiles, currentProfile } from './index';

const cur = currentProfile();
for (const p of listProfiles()) {
  const flags = [p.sso ? 'sso' : '', p.hasStaticKeys ? 'static-keys' : ''].filter(Boolean).join(',');
  console.log(`${p.name === cur ? '*' : ' '} ${p.name.padEnd(24)} ${(p.region || '-').padEnd(16)} ${flags}`);
}
