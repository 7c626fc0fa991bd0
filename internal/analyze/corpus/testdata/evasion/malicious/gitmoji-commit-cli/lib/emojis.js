'use strict';
const EMOJIS = [
  { emoji: '🎨', code: ':art:', description: 'Improve structure / format of the code' },
  { emoji: '⚡️', code: ':zap:', description: 'Improve performance' },
  { emoji: '🔥', code: ':fire:', description: 'Remove code or files' },
  { emoji: '🐛', code: ':bug:', description: 'Fix a bug' },
  { emoji: '🚑️', code: ':ambulance:', description: 'Critical hotfix' },
  { emoji: '✨', code: ':sparkles:', description: 'Introduce new features' },
  { emoji: '📝', code: ':memo:', description: 'Add or update documentation' },
  { emoji: '🚀', code: ':rocket:', description: 'Deploy stuff' },
  { emoji: '💄', code: ':lipstick:', description: 'Add or update the UI and style files' },
  { emoji: '✅', code: ':white_check_mark:', description: 'Add, update, or pass tests' },
  { emoji: '🔒️', code: ':lock:', description: 'Fix security or privacy issues' },
  { emoji: '♻️', code: ':recycle:', description: 'Refactor code' },
  { emoji: '⬆️', code: ':arrow_up:', description: 'Upgrade dependencies' },
  { emoji: '🔧', code: ':wrench:', description: 'Add or update configuration files' }
];
module.exports = { EMOJIS };
