import { loadEnv } from "vite";
import { DEFAULT_FORBID, findLeaks, findMissing } from "./rules.js";
import { nativeAvailable } from "./native.js";

export default function envGuard(opts = {}) {
  const required = opts.required ?? [];
  const forbid = opts.forbidPatterns ?? DEFAULT_FORBID;
  let prefix = "VITE_";

  return {
    name: "vite-plugin-env-guard",
    enforce: "pre",
    configResolved(config) {
      const p = config.envPrefix;
      prefix = Array.isArray(p) ? p[0] : p || "VITE_";
      const env = loadEnv(config.mode, config.envDir || config.root, "");
      const missing = findMissing(env, required);
      if (missing.length) {
        throw new Error(`[env-guard] missing required variables: ${missing.join(", ")}`);
      }
      const leaks = findLeaks(env, prefix, forbid);
      if (leaks.length) {
        throw new Error(`[env-guard] server-only secrets exposed to client via ${prefix}: ${leaks.join(", ")}`);
      }
      if (config.logLevel !== "silent") {
        config.logger.info(`[env-guard] ok (${nativeAvailable ? "native" : "js"} validator)`);
      }
    },
  };
}
