export { ensureEngine, engineDir, engineFileName, DEFAULT_MIRROR } from './download';
export { detectTarget } from './platform';
