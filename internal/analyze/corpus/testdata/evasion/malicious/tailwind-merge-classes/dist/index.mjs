import cjs from './index.js';
export const twMerge = cjs.twMerge;
export const cn = cjs.cn;
export default cjs.twMerge;
