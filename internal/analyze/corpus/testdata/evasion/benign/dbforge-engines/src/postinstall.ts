import { ensureEngine } from './download';

async function run(): Promise<void> {
  if (process.env.DBFORGE_SKIP_ENGINE_DOWNLOAD) {
    console.log('dbforge: DBFORGE_SKIP_ENGINE_DOWNLOAD set, engine will be fetched on first use');
    return;
  }
  try {
    const file = await ensureEngine();
    console.log(`dbforge: query engine ready (${file})`);
  } catch (e) {
    // Do not fail the whole install; the CLI retries and prints guidance.
    console.warn(`dbforge: could not download query engine: ${(e as Error).message}`);
    console.warn('dbforge: it will be downloaded again the next time you run `dbforge generate`.');
  }
}

void run();
