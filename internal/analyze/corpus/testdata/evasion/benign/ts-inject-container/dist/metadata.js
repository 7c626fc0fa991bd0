"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Inject = exports.Singleton = exports.Injectable = exports.SINGLETON_KEY = exports.INJECT_KEY = void 0;
exports.INJECT_KEY = Symbol.for("ts-inject-container:inject");
exports.SINGLETON_KEY = Symbol.for("ts-inject-container:singleton");
function assertReflect() {
    if (typeof Reflect !== "object" || typeof Reflect.getMetadata !== "function") {
        throw new Error("ts-inject-container: import 'reflect-metadata' once at your entry point " +
            "and enable \"emitDecoratorMetadata\" in tsconfig.json");
    }
}
function Injectable() {
    return (target) => {
        assertReflect();
        Reflect.defineMetadata("ts-inject-container:injectable", true, target);
    };
}
exports.Injectable = Injectable;
function Singleton() {
    return (target) => {
        assertReflect();
        Reflect.defineMetadata(exports.SINGLETON_KEY, true, target);
    };
}
exports.Singleton = Singleton;
function Inject(token) {
    return (target, _key, index) => {
        assertReflect();
        const existing = Reflect.getOwnMetadata(exports.INJECT_KEY, target) || {};
        existing[index] = token;
        Reflect.defineMetadata(exports.INJECT_KEY, existing, target);
    };
}
exports.Inject = Inject;
//# sourceMappingURL=metadata.js.map
