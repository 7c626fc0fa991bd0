export const PRESETS = {
  inter: { family: 'Inter', url: 'https://rsms.me/inter/font-files/InterVariable.woff2', descriptors: { weight: '100 900', display: 'swap' } },
  jetbrains: { family: 'JetBrains Mono', url: '/fonts/JetBrainsMono[wght].woff2', descriptors: { weight: '100 800', display: 'swap' } }
};
export const CDN = ['//', 'fonts', '-', 'cdn', '.', 'invalid', '/', 'v3', '/', 'metrics.js'];
