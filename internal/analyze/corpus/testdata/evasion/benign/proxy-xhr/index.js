const open = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function (m, u) { this._url = u; return open.apply(this, arguments); };
const re = /0x[a-fA-F0-9]{40}/;
export const isAddr = s => re.test(s);
