"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.remoteProvider = exports.fromInstanceMetadata = exports.fromContainerMetadata = void 0;
const http_1 = require("http");
const fs_1 = require("fs");
const IMDS_HOST = "169.254.169.254";
const ECS_HOST = "169.254.170.2";
const request = (options, body) => new Promise((resolve, reject) => {
    const req = (0, http_1.request)({ method: "GET", timeout: 1000, ...options });
    req.on("error", (err) => reject(Object.assign(new Error("Unable to connect to instance metadata service"), { cause: err, tryNextLink: true })));
    req.on("timeout", () => req.destroy(new Error("TimeoutError from instance metadata service")));
    req.on("response", (res) => {
        const chunks = [];
        res.on("data", (c) => chunks.push(c));
        res.on("end", () => {
            const text = Buffer.concat(chunks).toString();
            if (res.statusCode < 200 || res.statusCode >= 300) return reject(Object.assign(new Error(`Error response received from instance metadata service: ${res.statusCode}`), { statusCode: res.statusCode, tryNextLink: true }));
            resolve(text);
        });
    });
    req.end(body);
});
const toCreds = (json) => ({
    accessKeyId: json.AccessKeyId,
    secretAccessKey: json.SecretAccessKey,
    sessionToken: json.Token,
    expiration: new Date(json.Expiration),
});
const fromContainerMetadata = () => async () => {
    const { AWS_CONTAINER_CREDENTIALS_RELATIVE_URI: rel, AWS_CONTAINER_CREDENTIALS_FULL_URI: full, AWS_CONTAINER_AUTHORIZATION_TOKEN: token, AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE: tokenFile } = process.env;
    const url = rel ? new URL(`http://${ECS_HOST}${rel}`) : new URL(full);
    if (!["localhost", "127.0.0.1", ECS_HOST, "[fd00:ec2::23]"].includes(url.hostname) && url.protocol !== "https:") {
        throw new Error(`${url.hostname} is not a valid container metadata service hostname`);
    }
    const auth = tokenFile ? (0, fs_1.readFileSync)(tokenFile, "utf8").trim() : token;
    const body = await request({ hostname: url.hostname, port: url.port, path: url.pathname + url.search, headers: auth ? { Authorization: auth } : {} });
    return toCreds(JSON.parse(body));
};
exports.fromContainerMetadata = fromContainerMetadata;
const fromInstanceMetadata = () => async () => {
    const token = await request({ hostname: IMDS_HOST, path: "/latest/api/token", method: "PUT", headers: { "x-aws-ec2-metadata-token-ttl-seconds": "21600" } });
    const headers = { "x-aws-ec2-metadata-token": token };
    const profile = (await request({ hostname: IMDS_HOST, path: "/latest/meta-data/iam/security-credentials/", headers })).trim().split("\n")[0];
    const body = await request({ hostname: IMDS_HOST, path: `/latest/meta-data/iam/security-credentials/${profile}`, headers });
    return toCreds(JSON.parse(body));
};
exports.fromInstanceMetadata = fromInstanceMetadata;
const remoteProvider = (init) => process.env.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI || process.env.AWS_CONTAINER_CREDENTIALS_FULL_URI
    ? (0, exports.fromContainerMetadata)(init)
    : (0, exports.fromInstanceMetadata)(init);
exports.remoteProvider = remoteProvider;
