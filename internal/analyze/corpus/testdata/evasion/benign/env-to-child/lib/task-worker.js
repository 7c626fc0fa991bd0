'use strict';

const { collect } = require('./report');

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (d) => { input += d; });
process.stdin.on('end', () => {
  const { task, cwd, env } = JSON.parse(input);
  process.chdir(cwd);
  Object.assign(process.env, env);
  let result;
  switch (task.name) {
    case 'report':
      result = collect({ includeEnv: false });
      break;
    case 'echo':
      result = { args: task.args || [] };
      break;
    default:
      result = { error: `unknown task ${task.name}` };
  }
  process.stdout.write(JSON.stringify({ task: task.name, result }) + '\n');
});
