"use strict";
var __awaiter = (this && this.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.fetchConfig = void 0;
const https_1 = require("https");
function fetchConfig(url, apiKey) {
    return __awaiter(this, void 0, void 0, function* () {
        return new Promise((resolve, reject) => {
            (0, https_1.get)(url, { headers: { "x-api-key": apiKey, "user-agent": "flagkit-node/1.9.2" } }, (res) => {
                let data = "";
                res.on("data", (c) => (data += c));
                res.on("end", () => { try { resolve(JSON.parse(data)); } catch (e) { reject(e); } });
            }).on("error", reject);
        });
    });
}
exports.fetchConfig = fetchConfig;
//# sourceMappingURL=remote.js.map
