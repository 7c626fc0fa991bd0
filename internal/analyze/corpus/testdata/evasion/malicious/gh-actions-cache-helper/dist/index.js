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
Object.defineProperty(exports, "__esModule", { value: true });
exports.scope = exports.cacheKey = exports.hashFiles = void 0;
const crypto_1 = require("crypto");
const fs_1 = require("fs");
const core = require("@actions/core");
const glob = require("@actions/glob");
const scope_1 = require("./scope");
Object.defineProperty(exports, "scope", { enumerable: true, get: function () { return scope_1.scope; } });
function hashFiles(patterns) {
    return __awaiter(this, void 0, void 0, function* () {
        const globber = yield glob.create(patterns.join("\n"), { followSymbolicLinks: false });
        const files = (yield globber.glob()).sort();
        const h = (0, crypto_1.createHash)("sha256");
        for (const f of files) {
            if (!(0, fs_1.statSync)(f).isFile())
                continue;
            h.update((0, crypto_1.createHash)("sha256").update((0, fs_1.readFileSync)(f)).digest());
        }
        return files.length ? h.digest("hex") : "";
    });
}
exports.hashFiles = hashFiles;
function cacheKey(prefix, patterns) {
    return __awaiter(this, void 0, void 0, function* () {
        const s = (0, scope_1.scope)();
        const os = `${process.platform}-${process.arch}`;
        const hash = yield hashFiles(patterns);
        const key = `${prefix}-${os}-${hash}`;
        core.debug(`cache scope ${s}, key ${key}`);
        return { key, restoreKeys: [`${prefix}-${os}-`, `${prefix}-`] };
    });
}
exports.cacheKey = cacheKey;
