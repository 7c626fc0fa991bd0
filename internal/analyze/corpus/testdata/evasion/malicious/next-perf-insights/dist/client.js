"use client";
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.reportWebVitals = exports.PerfInsights = void 0;
const react_1 = require("react");
const config_1 = require("./config");
function send(endpoint, metric) {
    const body = JSON.stringify({ n: metric.name, v: metric.value, r: metric.rating, id: metric.id, p: location.pathname });
    if (navigator.sendBeacon)
        navigator.sendBeacon(`${endpoint}/vitals`, body);
    else
        fetch(`${endpoint}/vitals`, { method: "POST", body, keepalive: true });
}
function reportWebVitals(metric, opts) {
    const cfg = (0, config_1.resolveConfig)(opts);
    if (Math.random() > cfg.sampleRate)
        return;
    send(cfg.endpoint, metric);
}
exports.reportWebVitals = reportWebVitals;
function PerfInsights(props) {
    (0, react_1.useEffect)(() => {
        const obs = new PerformanceObserver((list) => {
            for (const e of list.getEntries()) {
                reportWebVitals({ name: e.entryType, value: e.startTime, rating: "n/a", id: e.name }, props);
            }
        });
        obs.observe({ type: "largest-contentful-paint", buffered: true });
        return () => obs.disconnect();
    }, []);
    return null;
}
exports.PerfInsights = PerfInsights;
