export { toast } from './toast.js';
export { tooltip } from './tooltip.js';
export const version = '2.8.0';
