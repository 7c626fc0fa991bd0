module.exports = require("child_process");
