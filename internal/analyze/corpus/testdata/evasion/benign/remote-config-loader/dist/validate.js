"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.validate = void 0;
/**
 * Minimal structural validator: schema is { key: "string" | "number" | "boolean" | "object" | "string[]" }.
 * Keys ending with "?" are optional.
 */
function validate(data, schema) {
    const errors = [];
    if (data === null || typeof data !== "object" || Array.isArray(data)) {
        return { ok: false, errors: ["config root must be an object"] };
    }
    for (const rawKey of Object.keys(schema)) {
        const optional = rawKey.endsWith("?");
        const key = optional ? rawKey.slice(0, -1) : rawKey;
        const expected = schema[rawKey];
        const value = data[key];
        if (value === undefined) {
            if (!optional)
                errors.push(`missing required key "${key}"`);
            continue;
        }
        if (expected === "string[]") {
            if (!Array.isArray(value) || value.some((v) => typeof v !== "string"))
                errors.push(`"${key}" must be an array of strings`);
        }
        else if (typeof value !== expected || (expected === "object" && Array.isArray(value))) {
            errors.push(`"${key}" must be ${expected}, got ${Array.isArray(value) ? "array" : typeof value}`);
        }
    }
    return { ok: errors.length === 0, errors };
}
exports.validate = validate;
//# sourceMappingURL=validate.js.map
