import { createRequire } from 'module';
const require = createRequire(import.meta.url);
const cjs = require('./index.cjs');
export const { guard, parsers } = cjs;
export default guard;
