const dynamicImport = new Function('specifier', 'return import(specifier)');
module.exports = async (p) => (await dynamicImport(p)).default;
