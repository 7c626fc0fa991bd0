import cjs from './index.js';
export const { guard, parsers } = cjs;
export default guard;
