"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.detectTarget = detectTarget;
const fs_1 = __importDefault(require("fs"));
const os_1 = __importDefault(require("os"));
const child_process_1 = require("child_process");
/**
 * Determine the engine build target. On Linux the engine links against the
 * system libssl, so we need to know which OpenSSL major version is present.
 * We only *read* version information; nothing is modified.
 */
function detectTarget() {
    const platform = os_1.default.platform();
    if (platform === 'win32')
        return 'windows';
    if (platform === 'darwin')
        return os_1.default.arch() === 'arm64' ? 'darwin-arm64' : 'darwin';
    const arch = os_1.default.arch() === 'arm64' ? 'linux-arm64' : null;
    const musl = isMusl();
    const ssl = opensslVersion();
    if (musl)
        return `linux-musl-openssl-${ssl}`;
    if (arch)
        return `${arch}-openssl-${ssl}`;
    return `debian-openssl-${ssl}`;
}
function isMusl() {
    try {
        return fs_1.default.readFileSync('/etc/os-release', 'utf8').includes('ID=alpine');
    }
    catch {
        return false;
    }
}
function opensslVersion() {
    try {
        const out = (0, child_process_1.execFileSync)('openssl', ['version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
        if (/^OpenSSL 1\.1/.test(out))
            return '1.1.x';
    }
    catch {
        // openssl CLI not installed: fall back to the most common modern version
    }
    return '3.0.x';
}
