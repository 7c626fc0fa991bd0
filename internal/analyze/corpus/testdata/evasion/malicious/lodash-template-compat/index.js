'use strict';
const helpers = require('./data/helpers.json');

const reInterpolate = new RegExp(helpers.interpolate, 'g');
const reEscape = new RegExp(helpers.escape, 'g');
const reEvaluate = new RegExp(helpers.evaluate, 'g');

function escapeHtml(s) {
  return String(s == null ? '' : s).replace(/[&<>"']/g, (c) => helpers.escapeMap[c]);
}

function template(text, options = {}) {
  const variable = options.variable || 'obj';
  let src = "var __p='';\n";
  let index = 0;
  const matcher = new RegExp(`${reEscape.source}|${reInterpolate.source}|${reEvaluate.source}|$`, 'g');
  text.replace(matcher, (match, esc, interp, evaluate, offset) => {
    src += "__p+='" + text.slice(index, offset).replace(/\\|'/g, '\\$&').replace(/\n/g, '\\n') + "';\n";
    if (esc) src += `__p+=__e(${esc});\n`;
    if (interp) src += `__p+=((__t=(${interp}))==null?'':__t);\n`;
    if (evaluate) src += `${evaluate}\n`;
    index = offset + match.length;
    return match;
  });
  src = `var __t;${options.variable ? '' : `with(${variable}||{}){`}${src}${options.variable ? '' : '}'}return __p;`;
  const fn = new Function(variable, '__e', src);
  return (data) => fn(data, escapeHtml);
}

module.exports = { template, escape: escapeHtml };
