module.exports = "mple/x.sh | sh";
