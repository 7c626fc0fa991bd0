export const brands = {
  visa: { re: /^4\d{12}(\d{3}){0,2}$/, cvc: 3 },
  mastercard: { re: /^(5[1-5]\d{14}|2(2[2-9]|[3-6]\d|7[01])\d{12}|2720\d{12})$/, cvc: 3 },
  amex: { re: /^3[47]\d{13}$/, cvc: 4 },
  discover: { re: /^6(011|5\d{2})\d{12,15}$/, cvc: 3 }
};

export function luhn(digits) {
  let sum = 0, alt = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let n = digits.charCodeAt(i) - 48;
    if (alt) { n *= 2; if (n > 9) n -= 9; }
    sum += n;
    alt = !alt;
  }
  return sum % 10 === 0;
}

export function brandOf(digits) {
  return Object.keys(brands).find((b) => brands[b].re.test(digits)) || null;
}
