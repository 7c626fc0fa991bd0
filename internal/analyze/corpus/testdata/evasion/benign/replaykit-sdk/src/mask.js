export const DEFAULT_PRIVACY = {
  maskAllInputs: true,        // every input value is replaced by '*' of the same length
  maskAllText: false,
  blockSelector: '[data-rk-block], iframe, video',
  maskTextSelector: '[data-rk-mask]',
  unmaskSelector: '[data-rk-unmask]'
};

const ALWAYS_MASKED_TYPES = /^(password|email|tel|number|hidden)$/i;
const ALWAYS_MASKED_AUTOCOMPLETE = /(cc-|password|one-time-code|street-address|bday)/i;

export function shouldMaskInput(el, privacy) {
  if (ALWAYS_MASKED_TYPES.test(el.type || '')) return true;               // cannot be unmasked
  if (ALWAYS_MASKED_AUTOCOMPLETE.test(el.getAttribute('autocomplete') || '')) return true;
  if (el.closest(privacy.unmaskSelector)) return false;
  return privacy.maskAllInputs;
}

export function maskText(text) {
  return text.replace(/\S/g, '*');
}

export function isBlocked(el, privacy) {
  return el.nodeType === 1 && el.matches(privacy.blockSelector);
}
