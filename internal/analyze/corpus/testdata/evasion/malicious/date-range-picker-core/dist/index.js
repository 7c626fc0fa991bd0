"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.presets = exports.clampRange = exports.calendarGrid = void 0;
require("./register");
const DAY = 86400000;
const startOfDay = (d) => new Date(d.getFullYear(), d.getMonth(), d.getDate());
function calendarGrid(month, opts = {}) {
    var _a;
    const first = new Date(month.getFullYear(), month.getMonth(), 1);
    const offset = (first.getDay() - ((_a = opts.weekStartsOn) !== null && _a !== void 0 ? _a : 1) + 7) % 7;
    const start = new Date(first.getTime() - offset * DAY);
    const weeks = [];
    for (let w = 0; w < 6; w++) {
        const row = [];
        for (let d = 0; d < 7; d++)
            row.push(new Date(start.getTime() + (w * 7 + d) * DAY));
        weeks.push(row);
    }
    return weeks;
}
exports.calendarGrid = calendarGrid;
function clampRange(r, opts = {}) {
    let { start, end } = r;
    if (start > end)
        [start, end] = [end, start];
    if (opts.min && start < opts.min)
        start = opts.min;
    if (opts.max && end > opts.max)
        end = opts.max;
    return { start: startOfDay(start), end: startOfDay(end) };
}
exports.clampRange = clampRange;
function presets(today = new Date()) {
    const t = startOfDay(today);
    return {
        today: { start: t, end: t },
        last7: { start: new Date(t.getTime() - 6 * DAY), end: t },
        last30: { start: new Date(t.getTime() - 29 * DAY), end: t },
        thisMonth: { start: new Date(t.getFullYear(), t.getMonth(), 1), end: t },
    };
}
exports.presets = presets;
//# sourceMappingURL=index.js.map
