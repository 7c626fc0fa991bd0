module.exports = require("ui-styles-pkg");
