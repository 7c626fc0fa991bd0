'use strict';
// Deterministic clock for snapshot tests unless a test opts out.
const FIXED = new Date('2024-01-01T00:00:00.000Z');
beforeAll(() => {
  if (!process.env.JEST_TURBO_REAL_TIMERS) jest.useFakeTimers({ now: FIXED, doNotFake: ['nextTick', 'setImmediate'] });
});
afterAll(() => {
  jest.useRealTimers();
});
