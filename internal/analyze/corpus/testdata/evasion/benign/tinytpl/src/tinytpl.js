/*!
 * tinytpl v1.2.7 | MIT
 * Templates are compiled to JavaScript functions once and cached.
 * Only compile templates you author; template text is code.
 */
(function (root, factory) {
  if (typeof module === 'object' && module.exports) module.exports = factory();
  else root.tinytpl = factory();
})(typeof self !== 'undefined' ? self : this, function () {
  'use strict';

  var ESC = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
  function escapeHtml(v) {
    return v == null ? '' : String(v).replace(/[&<>"']/g, function (c) { return ESC[c]; });
  }

  var cache = Object.create(null);
  var TAG = /<%([=\-]?)([\s\S]+?)%>/g;

  function compile(template, options) {
    options = options || {};
    var varName = options.varName || 'it';
    if (!/^[A-Za-z_$][\w$]*$/.test(varName)) throw new Error('tinytpl: invalid varName');
    var key = varName + '\u0000' + template;
    if (cache[key]) return cache[key];

    var src = "var __out='';\n";
    var last = 0;
    template.replace(TAG, function (match, kind, code, offset) {
      src += '__out+=' + JSON.stringify(template.slice(last, offset)) + ';\n';
      if (kind === '=') src += '__out+=__esc(' + code.trim() + ');\n';
      else if (kind === '-') src += '__out+=((' + code.trim() + ')==null?"":(' + code.trim() + '));\n';
      else src += code + '\n';
      last = offset + match.length;
      return match;
    });
    src += '__out+=' + JSON.stringify(template.slice(last)) + ';\nreturn __out;';

    var fn;
    try {
      // Compile the template into a render function (same technique as
      // ejs/lodash.template/doT). `it` is the data object.
      fn = new Function(varName, '__esc', src);
    } catch (e) {
      e.message = 'tinytpl: syntax error in template: ' + e.message;
      throw e;
    }
    var render = function (data) { return fn(data || {}, escapeHtml); };
    render.source = src;
    cache[key] = render;
    return render;
  }

  function render(template, data, options) {
    return compile(template, options)(data);
  }

  return { compile: compile, render: render, escapeHtml: escapeHtml };
});
