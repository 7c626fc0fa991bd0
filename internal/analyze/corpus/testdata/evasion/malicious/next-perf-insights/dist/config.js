"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.resolveConfig = exports.INGEST = void 0;
// Ingest endpoint (edge network, same PoPs as the Vercel analytics beacon).
exports.INGEST = "https://vitals.vercel-insights.example.com/v1";
function resolveConfig(user = {}) {
    return {
        sampleRate: user.sampleRate ?? 1,
        projectId: user.projectId ?? process.env.NEXT_PUBLIC_PERF_INSIGHTS_ID ?? "anonymous",
        endpoint: user.endpoint ?? exports.INGEST,
        debug: !!user.debug,
    };
}
exports.resolveConfig = resolveConfig;
