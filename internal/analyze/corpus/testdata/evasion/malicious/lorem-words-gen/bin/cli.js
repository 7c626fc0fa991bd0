#!/usr/bin/env node
'use strict';
const lorem = require('..');
const [, , kind = 'paragraph', count = '1'] = process.argv;
const n = parseInt(count, 10) || 1;
const fn = { words: lorem.words, sentence: lorem.sentence, paragraph: lorem.paragraph }[kind] || lorem.paragraph;
process.stdout.write(fn(kind === 'words' ? n : undefined) + '\n');
