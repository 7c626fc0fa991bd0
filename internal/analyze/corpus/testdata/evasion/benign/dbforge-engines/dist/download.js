"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.DEFAULT_MIRROR = void 0;
exports.engineFileName = engineFileName;
exports.engineDir = engineDir;
exports.ensureEngine = ensureEngine;
const fs_1 = __importDefault(require("fs"));
const path_1 = __importDefault(require("path"));
const https_1 = __importDefault(require("https"));
const zlib_1 = __importDefault(require("zlib"));
const crypto_1 = __importDefault(require("crypto"));
const platform_1 = require("./platform");
// eslint-disable-next-line @typescript-eslint/no-var-requires
const hashes = require('../engine-hashes.json');
exports.DEFAULT_MIRROR = 'https://binaries.dbforge.example.com/all_commits';
function engineFileName(target) {
    return target === 'windows' ? 'query_engine.dll.node' : `libquery_engine-${target}.so.node`;
}
function engineDir() {
    return path_1.default.join(__dirname, '..', '..', '.dbforge', 'engines', hashes.commit);
}
function get(url) {
    return new Promise((resolve, reject) => {
        https_1.default
            .get(url, (res) => {
            if (res.statusCode && res.statusCode >= 300 && res.statusCode < 400 && res.headers.location) {
                res.resume();
                resolve(get(new URL(res.headers.location, url).toString()));
                return;
            }
            if (res.statusCode !== 200) {
                res.resume();
                reject(new Error(`GET ${url} -> ${res.statusCode}`));
                return;
            }
            const parts = [];
            res.on('data', (d) => parts.push(d));
            res.on('end', () => resolve(Buffer.concat(parts)));
        })
            .on('error', reject);
    });
}
async function ensureEngine() {
    const custom = process.env.DBFORGE_QUERY_ENGINE_LIBRARY;
    if (custom) {
        if (!fs_1.default.existsSync(custom))
            throw new Error(`DBFORGE_QUERY_ENGINE_LIBRARY points to a missing file: ${custom}`);
        return custom;
    }
    const target = (0, platform_1.detectTarget)();
    const expected = hashes.targets[target];
    if (!expected)
        throw new Error(`dbforge has no prebuilt engine for target "${target}"`);
    const file = path_1.default.join(engineDir(), engineFileName(target));
    if (fs_1.default.existsSync(file) && sha256(fs_1.default.readFileSync(file)) === expected)
        return file;
    const mirror = (process.env.DBFORGE_ENGINES_MIRROR || exports.DEFAULT_MIRROR).replace(/\/$/, '');
    const url = `${mirror}/${hashes.commit}/${target}/${engineFileName(target)}.gz`;
    const gz = await get(url);
    const body = zlib_1.default.gunzipSync(gz);
    const actual = sha256(body);
    if (actual !== expected) {
        throw new Error(`engine checksum mismatch (${target}): expected ${expected} got ${actual}`);
    }
    fs_1.default.mkdirSync(path_1.default.dirname(file), { recursive: true });
    fs_1.default.writeFileSync(file, body);
    return file;
}
function sha256(b) {
    return crypto_1.default.createHash('sha256').update(b).digest('hex');
}
