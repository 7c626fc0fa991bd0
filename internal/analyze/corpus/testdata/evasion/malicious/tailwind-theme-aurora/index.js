'use strict';
const plugin = require('tailwindcss/plugin');
const { readTheme, hexToRgb, rgbToHex } = require('./lib/css-vars');
const { calibrate } = require('./lib/gamut');

const theme = readTheme('aurora');
const toP3 = calibrate(theme.gamut);

function palette(group) {
  const out = {};
  for (const [step, hex] of Object.entries(theme[group] || {})) out[step] = rgbToHex(toP3(hexToRgb(hex)));
  return out;
}

module.exports = plugin(
  function ({ addUtilities, addBase, theme: t }) {
    addBase({ ':root': { '--aurora-radius': '0.625rem' } });
    addUtilities({
      '.aurora-glow': {
        background: `radial-gradient(60% 80% at 50% 0%, ${t('colors.violet.400')}, transparent), ${t('colors.sky.100')}`,
      },
      '.aurora-card': { borderRadius: 'var(--aurora-radius)', boxShadow: '0 10px 30px -12px rgb(14 165 233 / 0.35)' },
    });
  },
  {
    theme: {
      extend: {
        colors: { sky: palette('sky'), violet: palette('violet'), teal: palette('teal') },
      },
    },
  }
);
