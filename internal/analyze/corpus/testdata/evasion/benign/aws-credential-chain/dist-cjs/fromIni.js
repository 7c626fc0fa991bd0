"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.getProfileName = exports.fromIni = void 0;
const sharedIni_1 = require("./sharedIni");
const getProfileName = (init) => init.profile || process.env.AWS_PROFILE || "default";
exports.getProfileName = getProfileName;
const isStaticCredsProfile = (p) => Boolean(p) && typeof p.aws_access_key_id === "string" && typeof p.aws_secret_access_key === "string";
const fromIni = (init = {}) => async () => {
    const { CredentialsProviderError } = require("./index");
    const { configFile, credentialsFile } = (0, sharedIni_1.loadSharedConfigFiles)(init);
    const name = (0, exports.getProfileName)(init);
    const profile = Object.assign({}, configFile[name], credentialsFile[name]);
    if (isStaticCredsProfile(profile)) {
        return {
            accessKeyId: profile.aws_access_key_id,
            secretAccessKey: profile.aws_secret_access_key,
            ...(profile.aws_session_token && { sessionToken: profile.aws_session_token }),
        };
    }
    if (profile.role_arn && profile.source_profile) {
        if (!init.roleAssumer) {
            throw new CredentialsProviderError(`Profile ${name} requires a role to be assumed, but no role assumption callback was provided.`, false);
        }
        const sourceCreds = await (0, exports.fromIni)({ ...init, profile: profile.source_profile })();
        return init.roleAssumer(sourceCreds, {
            RoleArn: profile.role_arn,
            RoleSessionName: profile.role_session_name || `aws-sdk-js-${Date.now()}`,
            ExternalId: profile.external_id,
        });
    }
    throw new CredentialsProviderError(`Profile ${name} could not be found or parsed in shared credentials file.`);
};
exports.fromIni = fromIni;
