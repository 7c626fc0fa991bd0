"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || function (mod) {
    if (mod && mod.__esModule) return mod;
    var result = {};
    if (mod != null) for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
    __setModuleDefault(result, mod);
    return result;
};
var __awaiter = (this && this.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.toRegistryAuthHeader = exports.resolveAuth = exports.registryHost = void 0;
const child_process_1 = require("child_process");
const fs_1 = require("fs");
const os = __importStar(require("os"));
const path = __importStar(require("path"));
const DOCKER_HUB = 'https://index.docker.io/v1/';
function registryHost(imageRef) {
    const first = imageRef.split('/')[0];
    const isHost = imageRef.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost');
    return isHost ? first : DOCKER_HUB;
}
exports.registryHost = registryHost;
function readConfig() {
    return __awaiter(this, void 0, void 0, function* () {
        const dir = process.env.DOCKER_CONFIG || path.join(os.homedir(), '.docker');
        try {
            return JSON.parse(yield fs_1.promises.readFile(path.join(dir, 'config.json'), 'utf8'));
        }
        catch (_a) {
            return {};
        }
    });
}
/** Calls `docker-credential-<helper> get` per the docker-credential-helpers protocol (server URL on stdin). */
function callHelper(helper, server) {
    if (!/^[a-z0-9-]+$/i.test(helper))
        return Promise.reject(new Error(`invalid helper name ${helper}`));
    return new Promise((resolve, reject) => {
        const child = (0, child_process_1.spawn)(`docker-credential-${helper}`, ['get'], { stdio: ['pipe', 'pipe', 'pipe'] });
        let out = '';
        child.stdout.on('data', (d) => (out += d));
        child.on('error', reject);
        child.on('close', (code) => {
            if (code !== 0)
                return resolve(null); // "credentials not found in native keychain"
            try {
                resolve(JSON.parse(out));
            }
            catch (e) {
                reject(e);
            }
        });
        child.stdin.end(server);
    });
}
function resolveAuth(imageRef) {
    return __awaiter(this, void 0, void 0, function* () {
        const host = registryHost(imageRef);
        const cfg = yield readConfig();
        const helper = (cfg.credHelpers && cfg.credHelpers[host]) || cfg.credsStore;
        if (helper) {
            const creds = yield callHelper(helper, host);
            if (creds)
                return { username: creds.Username, password: creds.Secret, serveraddress: host };
        }
        const entry = cfg.auths && (cfg.auths[host] || cfg.auths[`https://${host}`]);
        if (entry && entry.auth) {
            const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
            const idx = decoded.indexOf(':');
            return { username: decoded.slice(0, idx), password: decoded.slice(idx + 1), serveraddress: host };
        }
        return null;
    });
}
exports.resolveAuth = resolveAuth;
/** Header value for the Docker Engine API (X-Registry-Auth), sent only to the local daemon socket. */
function toRegistryAuthHeader(auth) {
    return Buffer.from(JSON.stringify(auth)).toString('base64url');
}
exports.toRegistryAuthHeader = toRegistryAuthHeader;
//# sourceMappingURL=index.js.map
