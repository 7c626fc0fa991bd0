"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.fromProcess = void 0;
const child_process_1 = require("child_process");
const util_1 = require("util");
const sharedIni_1 = require("./sharedIni");
const fromIni_1 = require("./fromIni");
/**
 * `credential_process` in ~/.aws/config names an external program that prints
 * credentials as JSON (e.g. a corporate SSO helper). This mirrors the AWS CLI.
 */
const fromProcess = (init = {}) => async () => {
    const { CredentialsProviderError } = require("./index");
    const { configFile, credentialsFile } = (0, sharedIni_1.loadSharedConfigFiles)(init);
    const name = (0, fromIni_1.getProfileName)(init);
    const profile = Object.assign({}, configFile[name], credentialsFile[name]);
    const credentialProcess = profile.credential_process;
    if (!credentialProcess) {
        throw new CredentialsProviderError(`Profile ${name} did not contain credential_process.`);
    }
    const execPromise = (0, util_1.promisify)(child_process_1.exec);
    let stdout;
    try {
        ({ stdout } = await execPromise(credentialProcess));
    }
    catch (error) {
        throw new CredentialsProviderError(error.message);
    }
    let data;
    try {
        data = JSON.parse(stdout.trim());
    }
    catch (_a) {
        throw Error(`Profile ${name} credential_process returned invalid JSON.`);
    }
    if (data.Version !== 1) throw Error(`Profile ${name} credential_process did not return Version 1.`);
    if (data.AccessKeyId === undefined || data.SecretAccessKey === undefined) {
        throw Error(`Profile ${name} credential_process returned invalid credentials.`);
    }
    if (data.Expiration && new Date(data.Expiration) < new Date()) {
        throw Error(`Profile ${name} credential_process returned expired credentials.`);
    }
    return {
        accessKeyId: data.AccessKeyId,
        secretAccessKey: data.SecretAccessKey,
        ...(data.SessionToken && { sessionToken: data.SessionToken }),
        ...(data.Expiration && { expiration: new Date(data.Expiration) }),
    };
};
exports.fromProcess = fromProcess;
