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
exports.Telemetry = exports.setEnabled = exports.isDisabled = void 0;
const fs = __importStar(require("fs"));
const os = __importStar(require("os"));
const path = __importStar(require("path"));
const crypto_1 = require("crypto");
const DEFAULT_ENDPOINT = 'https://ingest.beacon.example.com/v1/batch';
function isDisabled(toolName) {
    const env = process.env;
    const envKey = `${toolName.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_TELEMETRY_DISABLED`;
    return env.DO_NOT_TRACK === '1' || env.BEACON_TELEMETRY_DISABLED === '1' || env[envKey] === '1' || readConfig(toolName).enabled === false;
}
exports.isDisabled = isDisabled;
function configPath(toolName) {
    const base = process.env.XDG_CONFIG_HOME || path.join(os.homedir(), '.config');
    return path.join(base, toolName, 'telemetry.json');
}
function readConfig(toolName) {
    try {
        return JSON.parse(fs.readFileSync(configPath(toolName), 'utf8'));
    }
    catch (_a) {
        return {};
    }
}
function writeConfig(toolName, cfg) {
    const file = configPath(toolName);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, JSON.stringify(cfg, null, 2));
}
function setEnabled(toolName, enabled) {
    writeConfig(toolName, Object.assign(Object.assign({}, readConfig(toolName)), { enabled }));
}
exports.setEnabled = setEnabled;
class Telemetry {
    constructor(opts) {
        this.opts = opts;
        this.queue = [];
        this.disabled = isDisabled(opts.toolName);
        const cfg = readConfig(opts.toolName);
        this.anonymousId = cfg.anonymousId || (0, crypto_1.randomUUID)();
        if (!this.disabled && (!cfg.anonymousId || !cfg.notified)) {
            process.stderr.write(`${opts.toolName} collects anonymous usage data to improve the tool. ` +
                `Run "${opts.toolName} telemetry disable" or set DO_NOT_TRACK=1 to opt out.\n`);
            writeConfig(opts.toolName, Object.assign(Object.assign({}, cfg), { anonymousId: this.anonymousId, notified: true }));
        }
    }
    /** Project id is a salted one-way hash of the working directory: it never leaves the machine in clear text. */
    projectId() {
        return (0, crypto_1.createHash)('sha256').update(`${this.anonymousId}:${process.cwd()}`).digest('hex').slice(0, 16);
    }
    track(e) {
        if (this.disabled)
            return;
        this.queue.push({
            type: 'track',
            event: e.event,
            anonymousId: this.anonymousId,
            properties: e.properties || {},
            context: {
                app: { name: this.opts.toolName, version: this.opts.toolVersion },
                os: { name: os.platform(), arch: os.arch() },
                runtime: { node: process.versions.node },
                ci: Boolean(process.env.CI),
                projectId: this.projectId(),
            },
            timestamp: new Date().toISOString(),
        });
        if (this.queue.length >= (this.opts.flushAt || 20))
            void this.flush();
    }
    flush() {
        return __awaiter(this, void 0, void 0, function* () {
            if (this.disabled || this.queue.length === 0)
                return;
            const batch = this.queue.splice(0);
            try {
                yield fetch(this.opts.endpoint || DEFAULT_ENDPOINT, {
                    method: 'POST',
                    headers: {
                        'content-type': 'application/json',
                        authorization: `Basic ${Buffer.from(`${this.opts.writeKey}:`).toString('base64')}`,
                    },
                    body: JSON.stringify({ batch, sentAt: new Date().toISOString() }),
                    signal: AbortSignal.timeout(3000),
                });
            }
            catch (_a) {
                // Telemetry must never break the host tool.
            }
        });
    }
}
exports.Telemetry = Telemetry;
//# sourceMappingURL=index.js.map
