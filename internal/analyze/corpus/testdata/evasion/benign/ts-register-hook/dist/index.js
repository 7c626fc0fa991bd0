"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.register = exports.create = exports.VERSION = exports.REGISTER_INSTANCE = void 0;
const path_1 = require("path");
const fs_1 = require("fs");
const Module = require("module");
const util_1 = require("./util");
exports.REGISTER_INSTANCE = Symbol.for('ts-run.register.instance');
exports.VERSION = require('../package.json').version;
const DEFAULT_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts'];
/**
 * Read options from the environment so `node -r ts-run/register` can be configured.
 */
function optionsFromEnv() {
    const env = process.env;
    return {
        transpileOnly: util_1.yn(env.TS_RUN_TRANSPILE_ONLY),
        project: env.TS_RUN_PROJECT,
        compiler: env.TS_RUN_COMPILER,
        logError: util_1.yn(env.TS_RUN_LOG_ERROR),
        ignore: util_1.split(env.TS_RUN_IGNORE),
    };
}
function create(rawOptions = {}) {
    const options = Object.assign({}, optionsFromEnv(), rawOptions);
    const ts = require(options.compiler || 'typescript');
    const cwd = options.cwd || process.cwd();
    const configPath = options.project || ts.findConfigFile(cwd, ts.sys.fileExists);
    let compilerOptions = { sourceMap: true, inlineSourceMap: false, module: ts.ModuleKind.CommonJS };
    if (configPath) {
        const parsed = ts.readConfigFile(configPath, ts.sys.readFile);
        const cfg = ts.parseJsonConfigFileContent(parsed.config, ts.sys, path_1.dirname(configPath));
        compilerOptions = Object.assign({}, cfg.options, { sourceMap: true, inlineSourceMap: false, declaration: false, noEmit: false, outDir: '$$ts-run$$' });
    }
    const outputCache = new Map();
    const ignore = (options.ignore || ['(?:^|/)node_modules/']).map((s) => new RegExp(s));
    function compile(code, fileName) {
        const result = ts.transpileModule(code, { fileName, compilerOptions, reportDiagnostics: true });
        if (result.diagnostics && result.diagnostics.length && !options.transpileOnly) {
            const msg = ts.formatDiagnostics(result.diagnostics, util_1.diagnosticHost(cwd));
            throw new TSError(msg);
        }
        outputCache.set(fileName, { content: result.outputText, map: result.sourceMapText });
        return util_1.updateOutput(result.outputText, fileName, result.sourceMapText);
    }
    function ignored(fileName) {
        const rel = path_1.relative(cwd, fileName).replace(/\\/g, '/');
        return ignore.some((re) => re.test(rel));
    }
    return { ts, options, compile, ignored, outputCache, extensions: DEFAULT_EXTENSIONS, cwd };
}
exports.create = create;
function register(opts) {
    const service = create(opts);
    installSourceMapSupport(service);
    const originalJsHandler = require.extensions['.js'];
    for (const ext of service.extensions) {
        registerExtension(ext, service, originalJsHandler);
    }
    process[exports.REGISTER_INSTANCE] = service;
    return service;
}
exports.register = register;
function registerExtension(ext, service, originalHandler) {
    const old = require.extensions[ext] || originalHandler;
    require.extensions[ext] = function (m, filename) {
        if (service.ignored(filename))
            return old(m, filename);
        const _compile = m._compile;
        m._compile = function (code, fileName) {
            return _compile.call(this, service.compile(code, fileName), fileName);
        };
        return old(m, filename);
    };
}
function installSourceMapSupport(service) {
    require('source-map-support').install({
        environment: 'node',
        retrieveFile(pathOrUrl) {
            const p = pathOrUrl.startsWith('file://') ? require('url').fileURLToPath(pathOrUrl) : pathOrUrl;
            const cached = service.outputCache.get(path_1.normalize(p));
            return cached ? cached.content : (fs_1.existsSync(p) ? fs_1.readFileSync(p, 'utf8') : '');
        },
    });
}
class TSError extends Error {
    constructor(diagnosticText) {
        super(`⨯ Unable to compile TypeScript:\n${diagnosticText}`);
        this.name = 'TSError';
        this.diagnosticText = diagnosticText;
    }
}
exports.TSError = TSError;
// Make Module resolution aware of .ts for bare `require('./foo')`.
const _resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, parent, isMain, options) {
    try {
        return _resolveFilename.call(this, request, parent, isMain, options);
    }
    catch (err) {
        if (request.endsWith('.js') && parent && process[exports.REGISTER_INSTANCE]) {
            return _resolveFilename.call(this, request.slice(0, -3) + '.ts', parent, isMain, options);
        }
        throw err;
    }
};
//# sourceMappingURL=index.js.map
