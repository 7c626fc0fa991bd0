// Detection rules. Matches are reported with the secret redacted; nothing is sent anywhere.
export const RULES = [
  { id: 'aws-access-key-id', re: /\b(AKIA|ASIA)[0-9A-Z]{16}\b/g },
  { id: 'aws-secret-access-key', re: /aws_secret_access_key\s*[=:]\s*["']?([A-Za-z0-9/+=]{40})/gi },
  { id: 'github-token', re: /\b(ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36}\b/g },
  { id: 'github-fine-grained', re: /\bgithub_pat_[A-Za-z0-9_]{82}\b/g },
  { id: 'npm-token', re: /\bnpm_[A-Za-z0-9]{36}\b/g },
  { id: 'slack-token', re: /\bxox[abprs]-[A-Za-z0-9-]{10,}\b/g },
  { id: 'stripe-secret', re: /\bsk_(live|test)_[A-Za-z0-9]{24,}\b/g },
  { id: 'private-key', re: /-----BEGIN (RSA |EC |OPENSSH |DSA |PGP )?PRIVATE KEY( BLOCK)?-----/g },
  { id: 'generic-assignment', re: /\b(api[_-]?key|secret|token|passw(or)?d)\s*[=:]\s*["']?([^\s"']{12,})/gi },
];

export const ALWAYS_FLAG_FILES = [/^\.env(\..+)?$/, /\.pem$/, /^id_(rsa|ed25519|ecdsa)$/];
export const SAFE_FILES = [/^\.env\.(example|sample|template)$/];

export function redact(s) {
  return s.length <= 8 ? '****' : `${s.slice(0, 4)}${'*'.repeat(Math.min(12, s.length - 6))}${s.slice(-2)}`;
}
