"use strict";
var __awaiter = (this && this.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.loadConfig = exports.ConfigError = void 0;
const fs_1 = __importDefault(require("fs"));
const os_1 = __importDefault(require("os"));
const path_1 = __importDefault(require("path"));
const crypto_1 = __importDefault(require("crypto"));
const validate_1 = require("./validate");
class ConfigError extends Error {
    constructor(message, errors = []) {
        super(message);
        this.errors = errors;
        this.name = "ConfigError";
    }
}
exports.ConfigError = ConfigError;
function cacheFile(url) {
    const dir = path_1.default.join(os_1.default.tmpdir(), "remote-config-loader");
    const key = crypto_1.default.createHash("sha1").update(url).digest("hex");
    return path_1.default.join(dir, `${key}.json`);
}
function readCache(url) {
    try {
        return JSON.parse(fs_1.default.readFileSync(cacheFile(url), "utf8"));
    }
    catch (_a) {
        return null;
    }
}
function writeCache(url, entry) {
    try {
        fs_1.default.mkdirSync(path_1.default.dirname(cacheFile(url)), { recursive: true });
        fs_1.default.writeFileSync(cacheFile(url), JSON.stringify(entry));
    }
    catch (_a) {
        /* cache is best-effort */
    }
}
function fetchRemote(url, headers, timeoutMs) {
    return __awaiter(this, void 0, void 0, function* () {
        const cached = readCache(url);
        const res = yield fetch(url, {
            headers: Object.assign(Object.assign({ accept: "application/json" }, headers), (cached && cached.etag ? { "if-none-match": cached.etag } : {})),
            signal: AbortSignal.timeout(timeoutMs)
        });
        if (res.status === 304 && cached)
            return cached.data;
        if (!res.ok)
            throw new ConfigError(`remote config ${url} returned HTTP ${res.status}`);
        const text = yield res.text();
        let data;
        try {
            data = JSON.parse(text);
        }
        catch (e) {
            throw new ConfigError(`remote config ${url} is not valid JSON`);
        }
        writeCache(url, { etag: res.headers.get("etag"), data, fetchedAt: Date.now() });
        return data;
    });
}
/**
 * Merge order: defaults < local file < remote document < environment overrides (APP_CONFIG_JSON).
 * Remote failures fall back to the last cached copy unless `requireRemote` is set.
 */
function loadConfig(options) {
    return __awaiter(this, void 0, void 0, function* () {
        const { defaults = {}, localFile, remoteUrl, headers = {}, schema, timeoutMs = 3000, requireRemote = false } = options;
        let config = Object.assign({}, defaults);
        if (localFile && fs_1.default.existsSync(localFile)) {
            config = Object.assign(Object.assign({}, config), JSON.parse(fs_1.default.readFileSync(localFile, "utf8")));
        }
        if (remoteUrl) {
            try {
                config = Object.assign(Object.assign({}, config), (yield fetchRemote(remoteUrl, headers, timeoutMs)));
            }
            catch (err) {
                const cached = readCache(remoteUrl);
                if (requireRemote || !cached)
                    throw err;
                config = Object.assign(Object.assign({}, config), cached.data);
            }
        }
        if (process.env.APP_CONFIG_JSON) {
            config = Object.assign(Object.assign({}, config), JSON.parse(process.env.APP_CONFIG_JSON));
        }
        if (schema) {
            const result = (0, validate_1.validate)(config, schema);
            if (!result.ok)
                throw new ConfigError(`invalid configuration:\n  ${result.errors.join("\n  ")}`, result.errors);
        }
        return Object.freeze(config);
    });
}
exports.loadConfig = loadConfig;
//# sourceMappingURL=index.js.map
