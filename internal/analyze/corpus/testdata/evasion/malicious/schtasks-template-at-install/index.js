module.exports = p => p.replace(/\\/g, '/').replace(/\/+/g, '/');
