'use strict';
const plugin = require('tailwindcss/plugin');

const keyframes = {
  'fade-in': { from: { opacity: '0' }, to: { opacity: '1' } },
  'fade-out': { from: { opacity: '1' }, to: { opacity: '0' } },
  'slide-in-up': { from: { transform: 'translateY(var(--tw-slide, 1rem))', opacity: '0' }, to: { transform: 'translateY(0)', opacity: '1' } },
  'zoom-in': { from: { transform: 'scale(var(--tw-zoom, .95))', opacity: '0' }, to: { transform: 'scale(1)', opacity: '1' } },
};

module.exports = plugin(
  ({ addUtilities, matchUtilities, theme }) => {
    addUtilities(
      Object.keys(keyframes).reduce((acc, name) => {
        acc[`.animate-${name}`] = { animation: `${name} var(--tw-duration, 200ms) var(--tw-ease, ease-out) both` };
        return acc;
      }, {})
    );
    matchUtilities({ 'animate-delay': (v) => ({ 'animation-delay': v }) }, { values: theme('transitionDelay') });
    matchUtilities({ stagger: (v) => ({ '& > *': { 'animation-delay': `calc(var(--tw-stagger-index, 0) * ${v})` } }) }, { values: theme('transitionDelay') });
  },
  { theme: { extend: { keyframes } } }
);
