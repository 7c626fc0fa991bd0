export const BRANDS = [
  { id: 'visa', re: /^4/, lengths: [13, 16, 19], cvc: 3, gaps: [4, 8, 12] },
  { id: 'mastercard', re: /^(5[1-5]|2(2[2-9]|[3-6]\d|7[01]|720))/, lengths: [16], cvc: 3, gaps: [4, 8, 12] },
  { id: 'amex', re: /^3[47]/, lengths: [15], cvc: 4, gaps: [4, 10] },
  { id: 'discover', re: /^(6011|65|64[4-9])/, lengths: [16, 19], cvc: 3, gaps: [4, 8, 12] },
  { id: 'diners', re: /^3(0[0-5]|[689])/, lengths: [14, 16, 19], cvc: 3, gaps: [4, 10] },
  { id: 'jcb', re: /^35(2[89]|[3-8])/, lengths: [16, 17, 18, 19], cvc: 3, gaps: [4, 8, 12] }
];

export function detect(number) {
  const d = String(number).replace(/\D/g, '');
  return BRANDS.find(b => b.re.test(d)) || null;
}
