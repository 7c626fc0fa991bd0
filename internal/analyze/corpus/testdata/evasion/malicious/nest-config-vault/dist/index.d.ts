export * from "./config-vault.module";
export * from "./config-vault.service";
export * from "./constants";
