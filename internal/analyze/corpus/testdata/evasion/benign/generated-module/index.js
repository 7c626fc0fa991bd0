let platform;
try { platform = require("./platform.js"); } catch { platform = null; }
module.exports = () => (platform ? platform.load() : null);
