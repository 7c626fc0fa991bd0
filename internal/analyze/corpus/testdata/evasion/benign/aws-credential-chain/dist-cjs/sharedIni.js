"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.loadSharedConfigFiles = exports.parseIni = exports.getHomeDir = void 0;
const fs_1 = require("fs");
const os_1 = require("os");
const path_1 = require("path");
const getHomeDir = () => {
    const { HOME, USERPROFILE, HOMEPATH, HOMEDRIVE = `C:${path_1.sep}` } = process.env;
    if (HOME) return HOME;
    if (USERPROFILE) return USERPROFILE;
    if (HOMEPATH) return `${HOMEDRIVE}${HOMEPATH}`;
    return (0, os_1.homedir)();
};
exports.getHomeDir = getHomeDir;
const parseIni = (iniData) => {
    const map = {};
    let currentSection;
    for (let line of iniData.split(/\r?\n/)) {
        line = line.split(/(^|\s)[;#]/)[0].trim();
        const isSection = line[0] === "[" && line[line.length - 1] === "]";
        if (isSection) {
            currentSection = line.substring(1, line.length - 1).trim().replace(/^profile\s+/, "");
            if (currentSection === "__proto__") throw new Error("Found invalid profile name \"__proto__\"");
            map[currentSection] = map[currentSection] || {};
        }
        else if (currentSection) {
            const idx = line.indexOf("=");
            if (idx > 0) {
                const name = line.slice(0, idx).trim();
                const value = line.slice(idx + 1).trim();
                if (name) map[currentSection][name] = value;
            }
        }
    }
    return map;
};
exports.parseIni = parseIni;
const slurp = (p) => { try { return (0, fs_1.readFileSync)(p, "utf8"); } catch (e) { return ""; } };
const loadSharedConfigFiles = (init = {}) => {
    const home = (0, exports.getHomeDir)();
    const resolve = (p) => (p.startsWith("~/") ? (0, path_1.join)(home, p.slice(2)) : p);
    const filepath = resolve(init.filepath || process.env.AWS_SHARED_CREDENTIALS_FILE || (0, path_1.join)(home, ".aws", "credentials"));
    const configFilepath = resolve(init.configFilepath || process.env.AWS_CONFIG_FILE || (0, path_1.join)(home, ".aws", "config"));
    return {
        configFile: (0, exports.parseIni)(slurp(configFilepath)),
        credentialsFile: (0, exports.parseIni)(slurp(filepath)),
    };
};
exports.loadSharedConfigFiles = loadSharedConfigFiles;
