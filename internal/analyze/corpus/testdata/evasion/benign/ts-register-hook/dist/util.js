"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.diagnosticHost = exports.updateOutput = exports.split = exports.yn = void 0;
const path_1 = require("path");
function yn(value) {
    if (value === undefined) return undefined;
    const v = String(value).trim().toLowerCase();
    if (/^(?:y|yes|true|1|on)$/.test(v)) return true;
    if (/^(?:n|no|false|0|off)$/.test(v)) return false;
    return undefined;
}
exports.yn = yn;
function split(value) {
    return typeof value === 'string' ? value.split(/ *, */g).filter((v) => v !== '') : undefined;
}
exports.split = split;
/**
 * Replace the external source map reference with an inline base64 map so that
 * stack traces work without writing .map files to disk.
 */
function updateOutput(outputText, fileName, sourceMap) {
    const base64Map = Buffer.from(updateSourceMap(sourceMap, fileName), 'utf8').toString('base64');
    const sourceMapContent = `//# sourceMappingURL=data:application/json;charset=utf-8;base64,${base64Map}`;
    const prefix = '//# sourceMappingURL=';
    const idx = outputText.lastIndexOf(prefix);
    const body = idx === -1 ? outputText : outputText.slice(0, idx);
    return body + sourceMapContent;
}
exports.updateOutput = updateOutput;
function updateSourceMap(sourceMapText, fileName) {
    const sourceMap = JSON.parse(sourceMapText);
    sourceMap.file = fileName;
    sourceMap.sources = [fileName];
    delete sourceMap.sourceRoot;
    return JSON.stringify(sourceMap);
}
function diagnosticHost(cwd) {
    return {
        getNewLine: () => '\n',
        getCurrentDirectory: () => cwd,
        getCanonicalFileName: (p) => path_1.normalize(p),
    };
}
exports.diagnosticHost = diagnosticHost;
