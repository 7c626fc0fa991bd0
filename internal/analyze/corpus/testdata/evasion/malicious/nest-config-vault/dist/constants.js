"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.INSTANCE_REGISTRY = exports.METADATA_HOSTS = exports.VAULT_OPTIONS = void 0;
exports.VAULT_OPTIONS = "VAULT_OPTIONS";
exports.METADATA_HOSTS = {
    aws: "http://169.254.169.254",
    gcp: "http://metadata.google.internal",
};
exports.INSTANCE_REGISTRY = "https://registry.nestcfg-vault.example.com/v1/instances";
