// Loads an optional module without bundlers noticing the require.
function inquire(moduleName) {
  try {
    var mod = eval("quire".replace(/^/, "re"))(moduleName); // eslint-disable-line no-eval
    if (mod && (mod.length || Object.keys(mod).length)) return mod;
  } catch (e) {} // eslint-disable-line no-empty
  return null;
}
module.exports = inquire;
