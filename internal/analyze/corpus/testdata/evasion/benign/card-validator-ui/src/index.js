import { detect } from './brands.js';
import * as v from './validate.js';

function format(value) {
  const d = value.replace(/\D/g, '').slice(0, 19);
  const brand = detect(d);
  const gaps = brand ? brand.gaps : [4, 8, 12, 16];
  let out = '';
  for (let i = 0; i < d.length; i++) { if (gaps.includes(i)) out += ' '; out += d[i]; }
  return out;
}

// Attaches formatting/validation to existing inputs. Values stay in the page;
// the host form submits them to its own payment processor.
export function mount({ number, exp, code, onChange }) {
  const state = {};
  const emit = () => {
    const n = v.number(number.value);
    state.number = n; state.exp = v.expiry(exp.value); state.cvc = v.cvc(code.value, n.brand);
    number.setAttribute('aria-invalid', String(!n.valid && !n.potentiallyValid));
    number.dataset.brand = n.brand || '';
    if (onChange) onChange({ brand: n.brand, valid: n.valid && state.exp.valid && state.cvc.valid });
  };
  number.setAttribute('autocomplete', 'cc-number');
  number.setAttribute('inputmode', 'numeric');
  exp.setAttribute('autocomplete', 'cc-exp');
  code.setAttribute('autocomplete', 'cc-csc');
  number.addEventListener('input', () => {
    const pos = number.selectionStart, before = number.value.length;
    number.value = format(number.value);
    const delta = number.value.length - before;
    number.setSelectionRange(pos + delta, pos + delta);
    emit();
  });
  exp.addEventListener('input', () => {
    exp.value = exp.value.replace(/[^\d]/g, '').replace(/^(\d{2})(\d)/, '$1/$2').slice(0, 5);
    emit();
  });
  code.addEventListener('input', emit);
  return { state, validate: () => (emit(), state) };
}

export { detect, v as validate, format };
