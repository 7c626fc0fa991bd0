#!/usr/bin/env node
import { current, badge } from './index.js';
process.stdout.write(badge(current(), { color: !process.argv.includes('--no-color') }));
