'use strict';
// Detection signatures. These regular expressions describe what malicious
// packages look like; they are matched against file text and never executed.
module.exports = [
  {
    id: 'DG001', severity: 'high', title: 'Decode-and-eval of an encoded blob',
    pattern: /\beval\s*\(\s*(?:Buffer\.from|atob)\s*\([^)]{40,}\)/
  },
  {
    id: 'DG002', severity: 'high', title: 'Reverse shell',
    pattern: /(?:bash\s+-i\s*>&\s*\/dev\/tcp\/|nc(?:at)?\s+(?:-e|-c)\s+\/bin\/(?:ba)?sh|socket\.connect\([^)]*\)[\s\S]{0,200}spawn\(['"]\/bin\/sh)/
  },
  {
    id: 'DG003', severity: 'high', title: 'Exfiltration to chat webhook',
    pattern: /https:\/\/(?:discord(?:app)?\.com\/api\/webhooks|hooks\.slack\.com\/services|api\.telegram\.org\/bot)\//
  },
  {
    id: 'DG004', severity: 'medium', title: 'Reads credential files',
    pattern: /['"`][^'"`]*(?:\.ssh\/id_(?:rsa|ed25519)|\.aws\/credentials|\.npmrc|\.git-credentials|\.docker\/config\.json)['"`]/
  },
  {
    id: 'DG005', severity: 'medium', title: 'Whole environment serialized',
    pattern: /JSON\.stringify\(\s*process\.env\s*\)/
  },
  {
    id: 'DG006', severity: 'high', title: 'Cryptocurrency miner',
    pattern: /stratum\+(?:tcp|ssl):\/\/|xmrig|coinhive/i
  },
  {
    id: 'DG007', severity: 'medium', title: 'Download-and-execute',
    pattern: /(?:curl|wget)\s+[^|;&]*\|\s*(?:ba)?sh\b|powershell(?:\.exe)?\s+[^\n]*-(?:enc|EncodedCommand)\s+[A-Za-z0-9+/=]{20,}/i
  },
  {
    id: 'DG008', severity: 'low', title: 'Heavily obfuscated JavaScript',
    pattern: /(?:_0x[a-f0-9]{4,6}\b[\s\S]*){40,}|(?:\\x[0-9a-f]{2}){60,}/i
  },
  {
    id: 'DG009', severity: 'medium', title: 'Browser wallet / password store access',
    pattern: /Local Storage[\\/]+leveldb|Login Data|nkbihfbeogaeaoehlefnkodbefgpgknn/
  }
];
