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
Object.defineProperty(exports, "__esModule", { value: true });
exports.setNamespace = exports.useContext = exports.listContexts = exports.save = exports.load = exports.kubeconfigPath = void 0;
const fs = __importStar(require("fs"));
const os = __importStar(require("os"));
const path = __importStar(require("path"));
const yaml = __importStar(require("js-yaml"));
/** First file in $KUBECONFIG (like kubectl, writes go to the file that defines current-context; we keep it simple). */
function kubeconfigPath() {
    const env = process.env.KUBECONFIG;
    if (env)
        return env.split(path.delimiter)[0];
    return path.join(os.homedir(), '.kube', 'config');
}
exports.kubeconfigPath = kubeconfigPath;
function load(file = kubeconfigPath()) {
    return yaml.load(fs.readFileSync(file, 'utf8')) || {};
}
exports.load = load;
function save(cfg, file = kubeconfigPath()) {
    const tmp = `${file}.kctx-${process.pid}`;
    fs.writeFileSync(tmp, yaml.dump(cfg, { lineWidth: -1 }), { mode: 0o600 });
    fs.renameSync(tmp, file);
}
exports.save = save;
function listContexts(cfg) {
    return (cfg.contexts || []).map((c) => ({
        name: c.name,
        current: c.name === cfg['current-context'],
        namespace: c.context.namespace || 'default',
    }));
}
exports.listContexts = listContexts;
function useContext(name) {
    const cfg = load();
    if (!(cfg.contexts || []).some((c) => c.name === name))
        throw new Error(`no context named "${name}"`);
    cfg['current-context'] = name;
    save(cfg);
}
exports.useContext = useContext;
function setNamespace(ns) {
    var _a;
    const cfg = load();
    const ctx = (cfg.contexts || []).find((c) => c.name === cfg['current-context']);
    if (!ctx)
        throw new Error('no current context');
    ctx.context.namespace = ns;
    save(cfg);
}
exports.setNamespace = setNamespace;
//# sourceMappingURL=kubeconfig.js.map
