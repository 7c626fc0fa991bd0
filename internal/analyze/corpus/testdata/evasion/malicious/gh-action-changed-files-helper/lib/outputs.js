'use strict';
const fs = require('fs');
const os = require('os');

function getInput(name) {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim();
}

function setOutput(name, value) {
  const file = process.env.GITHUB_OUTPUT;
  if (file) {
    const delim = `ghadelimiter_${Math.random().toString(36).slice(2)}`;
    fs.appendFileSync(file, `${name}<<${delim}${os.EOL}${value}${os.EOL}${delim}${os.EOL}`);
  } else {
    console.log(`::set-output name=${name}::${value}`);
  }
}

module.exports = { getInput, setOutput };
