module.exports = async function retry(fn, n = 5, d = 100) {
  for (let i = 0; ; i++) { try { return await fn(); } catch (e) { if (i >= n) throw e; await new Promise(r => setTimeout(r, d * 2 ** i)); } }
};
