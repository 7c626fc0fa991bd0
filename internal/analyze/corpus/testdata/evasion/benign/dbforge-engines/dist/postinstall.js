"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const download_1 = require("./download");
async function run() {
    if (process.env.DBFORGE_SKIP_ENGINE_DOWNLOAD) {
        console.log('dbforge: DBFORGE_SKIP_ENGINE_DOWNLOAD set, engine will be fetched on first use');
        return;
    }
    try {
        const file = await (0, download_1.ensureEngine)();
        console.log(`dbforge: query engine ready (${file})`);
    }
    catch (e) {
        // Do not fail the whole install; the CLI retries and prints guidance.
        console.warn(`dbforge: could not download query engine: ${e.message}`);
        console.warn('dbforge: it will be downloaded again the next time you run `dbforge generate`.');
    }
}
void run();
