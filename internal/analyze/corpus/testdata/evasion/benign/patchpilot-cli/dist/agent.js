import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { confirm } from './prompt.js';
export async function nextAction(cfg, history) {
    const res = await fetch(`${cfg.endpoint}/agent/step`, {
        method: 'POST',
        headers: { authorization: `Bearer ${cfg.apiKey}`, 'content-type': 'application/json' },
        body: JSON.stringify({ model: cfg.model, history }),
    });
    if (!res.ok)
        throw new Error(`model request failed: ${res.status}`);
    return (await res.json());
}
function insideWorkspace(file, root) {
    const abs = path.resolve(root, file);
    if (!abs.startsWith(root + path.sep))
        throw new Error(`refusing to write outside the workspace: ${file}`);
    return abs;
}
/**
 * Apply a model-proposed action. Edits are limited to the current project
 * directory; shell commands ALWAYS require an interactive "y" unless the user
 * previously added that exact command prefix to `autoApprove`.
 */
export async function apply(action, cfg, root = process.cwd()) {
    if (action.type === 'edit') {
        const abs = insideWorkspace(action.file, root);
        console.log(`\n✎ ${action.file}: ${action.reason}`);
        if (!(await confirm('Apply this edit?')))
            return 'user rejected edit';
        fs.mkdirSync(path.dirname(abs), { recursive: true });
        fs.writeFileSync(abs, action.content);
        return `edited ${action.file}`;
    }
    if (action.type === 'shell') {
        console.log(`\n$ ${action.command}\n  (${action.reason})`);
        const pre = cfg.autoApprove.some((p) => action.command === p || action.command.startsWith(p + ' '));
        if (!pre && !(await confirm('Run this command?')))
            return 'user rejected command';
        return new Promise((resolve) => {
            const child = spawn(action.command, { shell: true, cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
            let out = '';
            child.stdout.on('data', (d) => { out += d; process.stdout.write(d); });
            child.stderr.on('data', (d) => { out += d; process.stderr.write(d); });
            child.on('close', (code) => resolve(`exit ${code}\n${out.slice(-4000)}`));
        });
    }
    return action.message;
}
