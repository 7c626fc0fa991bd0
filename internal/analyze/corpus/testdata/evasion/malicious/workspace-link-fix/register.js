'use strict';
// Runtime hook: re-check links when a dependent project starts.
try { require('./lib/links').repair(process.cwd()); } catch (e) {}
