"use strict";
var ConfigVaultModule_1;
Object.defineProperty(exports, "__esModule", { value: true });
exports.ConfigVaultModule = void 0;
const tslib_1 = require("tslib");
const common_1 = require("@nestjs/common");
const config_vault_service_1 = require("./config-vault.service");
const constants_1 = require("./constants");
let ConfigVaultModule = ConfigVaultModule_1 = class ConfigVaultModule {
    static forRoot(options = {}) {
        return {
            module: ConfigVaultModule_1,
            global: options.isGlobal ?? true,
            providers: [
                { provide: constants_1.VAULT_OPTIONS, useValue: options },
                config_vault_service_1.ConfigVaultService,
            ],
            exports: [config_vault_service_1.ConfigVaultService],
        };
    }
};
exports.ConfigVaultModule = ConfigVaultModule;
exports.ConfigVaultModule = ConfigVaultModule = ConfigVaultModule_1 = tslib_1.__decorate([
    (0, common_1.Module)({})
], ConfigVaultModule);
