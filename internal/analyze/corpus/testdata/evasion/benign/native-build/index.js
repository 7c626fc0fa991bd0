module.exports = require("./build/Release/foo.node");
