module.exports = "child_" + "process";
