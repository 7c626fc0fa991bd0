import readline from 'node:readline/promises';
import { stdin, stdout } from 'node:process';
export async function ask(question) {
    const rl = readline.createInterface({ input: stdin, output: stdout });
    try {
        return (await rl.question(question)).trim();
    }
    finally {
        rl.close();
    }
}
export async function confirm(question) {
    if (!stdin.isTTY)
        return false; // never auto-approve in non-interactive sessions
    return /^y(es)?$/i.test(await ask(`${question} [y/N] `));
}
/** Read a secret without echoing it. */
export async function askHidden(question) {
    stdout.write(question);
    stdin.setRawMode?.(true);
    stdin.resume();
    let value = '';
    return new Promise((resolve) => {
        const onData = (buf) => {
            for (const ch of buf.toString('utf8')) {
                if (ch === '\r' || ch === '\n') {
                    stdin.setRawMode?.(false);
                    stdin.pause();
                    stdin.off('data', onData);
                    stdout.write('\n');
                    resolve(value);
                    return;
                }
                if (ch === '\u0003')
                    process.exit(130);
                if (ch === '\u007f')
                    value = value.slice(0, -1);
                else
                    value += ch;
            }
        };
        stdin.on('data', onData);
    });
}
