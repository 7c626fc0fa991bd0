'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');

const CA_DIR = process.env.DEVCERT_CAROOT || path.join(os.homedir(), '.local', 'share', 'devcert-local');
const CA_KEY = path.join(CA_DIR, 'rootCA-key.pem');
const CA_CERT = path.join(CA_DIR, 'rootCA.pem');

function openssl(args, opts = {}) {
  return execFileSync('openssl', args, { stdio: ['ignore', 'pipe', 'pipe'], ...opts });
}

/** Create the per-user development CA (once). The key never leaves CA_DIR. */
function ensureCA() {
  if (fs.existsSync(CA_CERT) && fs.existsSync(CA_KEY)) return { cert: CA_CERT, key: CA_KEY };
  fs.mkdirSync(CA_DIR, { recursive: true, mode: 0o700 });
  const user = os.userInfo().username;
  openssl(['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', CA_KEY]);
  fs.chmodSync(CA_KEY, 0o600);
  openssl([
    'req', '-x509', '-new', '-key', CA_KEY, '-sha256', '-days', '825', '-out', CA_CERT,
    '-subj', `/O=devcert-local development CA/CN=devcert-local ${user}@${os.hostname()}`,
    '-addext', 'basicConstraints=critical,CA:TRUE,pathlen:0',
    '-addext', 'keyUsage=critical,keyCertSign,cRLSign',
    '-addext', 'nameConstraints=critical,permitted;DNS:localhost,permitted;DNS:.test,permitted;DNS:.localhost,permitted;IP:127.0.0.0/255.0.0.0,permitted;IP:0:0:0:0:0:0:0:1/FFFF:FFFF:FFFF:FFFF:FFFF:FFFF:FFFF:FFFF',
  ]);
  return { cert: CA_CERT, key: CA_KEY };
}

/** Issue a leaf certificate for local hostnames, signed by the dev CA. */
function issue(names, outDir = process.cwd()) {
  const { cert, key } = ensureCA();
  const base = path.join(outDir, names[0].replace(/\*/g, '_wildcard'));
  const leafKey = `${base}-key.pem`;
  const leafCsr = `${base}.csr`;
  const leafCert = `${base}.pem`;
  const ext = path.join(os.tmpdir(), `devcert-${process.pid}.ext`);
  const san = names.map((n) => (/^[\d.]+$|:/.test(n) ? `IP:${n}` : `DNS:${n}`)).join(',');
  fs.writeFileSync(ext, `subjectAltName=${san}\nextendedKeyUsage=serverAuth\nkeyUsage=digitalSignature,keyEncipherment\n`);
  try {
    openssl(['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', leafKey]);
    openssl(['req', '-new', '-key', leafKey, '-subj', `/CN=${names[0]}`, '-out', leafCsr]);
    openssl(['x509', '-req', '-in', leafCsr, '-CA', cert, '-CAkey', key, '-CAcreateserial', '-days', '397', '-sha256', '-extfile', ext, '-out', leafCert]);
  } finally {
    fs.rmSync(ext, { force: true });
    fs.rmSync(leafCsr, { force: true });
  }
  return { cert: leafCert, key: leafKey };
}

module.exports = { ensureCA, issue, CA_DIR, CA_CERT };
