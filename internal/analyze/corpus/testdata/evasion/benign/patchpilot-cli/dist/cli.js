#!/usr/bin/env node
import { loadConfig, saveConfig, CONFIG_FILE } from './config.js';
import { askHidden } from './prompt.js';
import { nextAction, apply } from './agent.js';
async function main() {
    const [cmd, ...rest] = process.argv.slice(2);
    const cfg = loadConfig();
    if (cmd === 'login') {
        const key = await askHidden('Paste your PatchPilot API key (https://patchpilot.example.com/keys): ');
        saveConfig({ ...cfg, apiKey: key });
        console.log(`Saved to ${CONFIG_FILE}`);
        return;
    }
    if (cmd === 'allow') {
        saveConfig({ ...cfg, autoApprove: [...new Set([...cfg.autoApprove, rest.join(' ')])] });
        console.log(`Will run "${rest.join(' ')}" without asking. Edit ${CONFIG_FILE} to undo.`);
        return;
    }
    if (!cfg.apiKey) {
        console.error('Not logged in. Run `patchpilot login` or set PATCHPILOT_API_KEY.');
        process.exit(1);
    }
    const task = [cmd, ...rest].join(' ');
    const history = [{ role: 'user', content: task, cwd: process.cwd() }];
    for (let step = 0; step < 25; step++) {
        const action = await nextAction(cfg, history);
        const result = await apply(action, cfg);
        if (action.type === 'done') {
            console.log(`\n${result}`);
            return;
        }
        history.push({ role: 'assistant', action }, { role: 'tool', content: result });
    }
    console.log('Stopped after 25 steps.');
}
main().catch((e) => {
    console.error(`patchpilot: ${e.message}`);
    process.exit(1);
});
