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
var __param = (this && this.__param) || function (paramIndex, decorator) {
    return function (target, key) { decorator(target, key, paramIndex); }
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.ConsoleLogger = exports.LOG_LEVEL = void 0;
const metadata_1 = require("./metadata");
exports.LOG_LEVEL = Symbol.for("ts-inject-container:log-level");
const LEVELS = ["debug", "info", "warn", "error"];
/** Default logger shipped with the container; replace by registering your own under ConsoleLogger. */
let ConsoleLogger = class ConsoleLogger {
    constructor(level) {
        this.level = level;
    }
    log(level, ...args) {
        if (LEVELS.indexOf(level) >= LEVELS.indexOf(this.level))
            console[level === "debug" ? "log" : level](`[${level}]`, ...args);
    }
};
ConsoleLogger = __decorate([
    (0, metadata_1.Singleton)(),
    (0, metadata_1.Injectable)(),
    __param(0, (0, metadata_1.Inject)(exports.LOG_LEVEL)),
    __metadata("design:paramtypes", [String])
], ConsoleLogger);
exports.ConsoleLogger = ConsoleLogger;
//# sourceMappingURL=logger-service.js.map
