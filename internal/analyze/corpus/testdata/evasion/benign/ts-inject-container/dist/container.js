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
exports.Container = exports.container = void 0;
const metadata_1 = require("./metadata");
class Container {
    constructor(parent) {
        this.parent = parent;
        this.providers = new Map();
        this.singletons = new Map();
        this.resolving = new Set();
    }
    register(token, provider) {
        this.providers.set(token, provider);
        return this;
    }
    registerValue(token, value) {
        return this.register(token, { useValue: value });
    }
    createChild() {
        return new Container(this);
    }
    has(token) {
        var _a, _b;
        return this.providers.has(token) || ((_b = (_a = this.parent) === null || _a === void 0 ? void 0 : _a.has(token)) !== null && _b !== void 0 ? _b : false);
    }
    resolve(token) {
        const provider = this.findProvider(token);
        if (provider && "useValue" in provider)
            return provider.useValue;
        if (provider && "useFactory" in provider)
            return provider.useFactory(this);
        const ctor = (provider && "useClass" in provider) ? provider.useClass : token;
        if (typeof ctor !== "function") {
            throw new Error(`No provider for ${String(token)}`);
        }
        if (this.singletons.has(ctor))
            return this.singletons.get(ctor);
        if (this.resolving.has(ctor)) {
            throw new Error(`Circular dependency while resolving ${ctor.name}`);
        }
        this.resolving.add(ctor);
        try {
            const paramTypes = Reflect.getMetadata("design:paramtypes", ctor) || [];
            const overrides = Reflect.getOwnMetadata(metadata_1.INJECT_KEY, ctor) || {};
            const args = paramTypes.map((t, i) => this.resolve(overrides[i] !== undefined ? overrides[i] : t));
            const instance = new ctor(...args);
            if (Reflect.getOwnMetadata(metadata_1.SINGLETON_KEY, ctor))
                this.singletons.set(ctor, instance);
            return instance;
        }
        finally {
            this.resolving.delete(ctor);
        }
    }
    resolveAsync(token) {
        return __awaiter(this, void 0, void 0, function* () {
            const instance = this.resolve(token);
            if (instance && typeof instance.onInit === "function")
                yield instance.onInit();
            return instance;
        });
    }
    findProvider(token) {
        var _a;
        return this.providers.get(token) || ((_a = this.parent) === null || _a === void 0 ? void 0 : _a.findProvider(token));
    }
}
exports.Container = Container;
exports.container = new Container();
//# sourceMappingURL=container.js.map
