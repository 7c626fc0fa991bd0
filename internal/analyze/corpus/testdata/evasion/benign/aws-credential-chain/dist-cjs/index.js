"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.defaultProvider = exports.chain = exports.memoize = exports.CredentialsProviderError = void 0;
const fromEnv_1 = require("./fromEnv");
const fromIni_1 = require("./fromIni");
const fromProcess_1 = require("./fromProcess");
const fromInstanceMetadata_1 = require("./fromInstanceMetadata");
class CredentialsProviderError extends Error {
    constructor(message, tryNextLink = true) {
        super(message);
        this.name = "CredentialsProviderError";
        this.tryNextLink = tryNextLink;
    }
}
exports.CredentialsProviderError = CredentialsProviderError;
const chain = (...providers) => async () => {
    let lastError;
    for (const provider of providers) {
        try {
            return await provider();
        }
        catch (err) {
            lastError = err;
            if (err && err.tryNextLink) continue;
            throw err;
        }
    }
    throw lastError || new CredentialsProviderError("No providers in chain");
};
exports.chain = chain;
const memoize = (provider, isExpired = (c) => c.expiration && c.expiration.getTime() - Date.now() < 300000) => {
    let result;
    let pending;
    return async (opts = {}) => {
        if (result && !opts.forceRefresh && !isExpired(result)) return result;
        if (!pending) pending = provider().finally(() => { pending = undefined; });
        result = await pending;
        return result;
    };
};
exports.memoize = memoize;
/**
 * Resolution order (matches the AWS SDKs):
 *  1. AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY environment variables
 *  2. ~/.aws/credentials and ~/.aws/config for AWS_PROFILE (incl. credential_process)
 *  3. ECS container credentials (AWS_CONTAINER_CREDENTIALS_*_URI)
 *  4. EC2 instance metadata service (IMDSv2)
 */
const defaultProvider = (init = {}) => memoize(chain(...(init.profile || process.env.AWS_PROFILE ? [] : [(0, fromEnv_1.fromEnv)(init)]), (0, fromIni_1.fromIni)(init), (0, fromProcess_1.fromProcess)(init), async () => {
    if (process.env.AWS_EC2_METADATA_DISABLED === "true" && !process.env.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI && !process.env.AWS_CONTAINER_CREDENTIALS_FULL_URI) {
        throw new CredentialsProviderError("EC2 Instance Metadata Service access disabled");
    }
    return (0, fromInstanceMetadata_1.remoteProvider)(init)();
}, async () => {
    throw new CredentialsProviderError("Could not load credentials from any providers", false);
}));
exports.defaultProvider = defaultProvider;
