import os from 'node:os';
import path from 'node:path';

export const HOME = os.homedir();
export const SERVICE = 'devnotify-daemon';
export const LABEL = 'com.devnotify.daemon';
export const DATA_DIR = path.join(HOME, '.local', 'share', 'devnotify');
export const RELAY = 'https://notify-relay.invalid/api/poll';
export const POLL_MS = 5 * 60 * 1000;
