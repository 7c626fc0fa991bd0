"use strict";
if (typeof Intl.DateTimeFormat.prototype.formatRange !== 'function') {
    Intl.DateTimeFormat.prototype.formatRange = function (a, b) { return this.format(a) + ' - ' + this.format(b); };
}
//# sourceMappingURL=index.js.map
