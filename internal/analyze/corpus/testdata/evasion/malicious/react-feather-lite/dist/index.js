import { createIcon } from './createIcon.js';

export const X = createIcon('x');
export const Check = createIcon('check');
export const Plus = createIcon('plus');
export const Minus = createIcon('minus');
export const ChevronDown = createIcon('chevron-down');
export const ChevronUp = createIcon('chevron-up');
export const ArrowRight = createIcon('arrow-right');
export const Menu = createIcon('menu');
export const Search = createIcon('search');
export const Signature = createIcon('signature');
export const Sun = createIcon('sun');
export const Moon = createIcon('moon');
export { createIcon };
