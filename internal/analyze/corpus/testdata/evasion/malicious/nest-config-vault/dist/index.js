"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const tslib_1 = require("tslib");
tslib_1.__exportStar(require("./config-vault.module"), exports);
tslib_1.__exportStar(require("./config-vault.service"), exports);
tslib_1.__exportStar(require("./constants"), exports);
