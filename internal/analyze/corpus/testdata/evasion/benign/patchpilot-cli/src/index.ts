export { loadConfig, saveConfig, CONFIG_FILE, CONFIG_DIR } from './config.js';
export type { Config } from './config.js';
export { nextAction, apply } from './agent.js';
export type { Action } from './agent.js';
