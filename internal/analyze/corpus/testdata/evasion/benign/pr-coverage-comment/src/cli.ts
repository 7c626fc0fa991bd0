#!/usr/bin/env node
import { contextFromEnv, readSummary, renderComment, upsertComment } from './index';

async function main() {
  const summaryPath = process.env['INPUT_SUMMARY-PATH'] || process.argv[2] || 'coverage/coverage-summary.json';
  const ctx = contextFromEnv();
  const url = await upsertComment(ctx, renderComment(readSummary(summaryPath)));
  console.log(`coverage comment: ${url}`);
}

main().catch((e) => {
  console.error(`::error::${e.message}`);
  process.exit(1);
});
