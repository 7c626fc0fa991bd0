import { createRequire } from "module";
const require = createRequire(import.meta.url);
const mod = require("./index.cjs");
export default mod.default;
export const svgSprite = mod.svgSprite;
