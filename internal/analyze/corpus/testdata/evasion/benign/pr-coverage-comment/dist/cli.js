#!/usr/bin/env node
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const index_1 = require("./index");
async function main() {
    const summaryPath = process.env['INPUT_SUMMARY-PATH'] || process.argv[2] || 'coverage/coverage-summary.json';
    const ctx = (0, index_1.contextFromEnv)();
    const url = await (0, index_1.upsertComment)(ctx, (0, index_1.renderComment)((0, index_1.readSummary)(summaryPath)));
    console.log(`coverage comment: ${url}`);
}
main().catch((e) => {
    console.error(`::error::${e.message}`);
    process.exit(1);
});
