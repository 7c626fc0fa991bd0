'use strict';
const PROPS = require('./css-props');
const TAGS = /^(styled(\.\w+|\([^)]*\))?|css|keyframes|createGlobalStyle)$/;

function init({ typescript: ts }) {
  function create(info) {
    const log = (m) => info.project.projectService.logger.info(`[styled-lite] ${m}`);
    const cfg = info.config || {};
    log(`loaded with config ${JSON.stringify(cfg)}`);
    const ls = info.languageService;
    const proxy = Object.create(null);
    for (const k of Object.keys(ls)) proxy[k] = (...a) => ls[k](...a);

    function taggedTemplateAt(fileName, pos) {
      const sf = info.project.getSourceFile ? info.project.getSourceFile(fileName) : ls.getProgram().getSourceFile(fileName);
      if (!sf) return null;
      let found = null;
      (function visit(n) {
        if (pos < n.getStart(sf) || pos > n.getEnd()) return;
        if (ts.isTaggedTemplateExpression(n) && TAGS.test(n.tag.getText(sf))) found = n;
        ts.forEachChild(n, visit);
      })(sf);
      return found;
    }

    proxy.getCompletionsAtPosition = (fileName, pos, opts) => {
      const tpl = taggedTemplateAt(fileName, pos);
      if (!tpl) return ls.getCompletionsAtPosition(fileName, pos, opts);
      return {
        isGlobalCompletion: false, isMemberCompletion: false, isNewIdentifierLocation: false,
        entries: PROPS.map((name) => ({ name, kind: ts.ScriptElementKind.memberVariableElement, sortText: '0' })),
      };
    };
    return proxy;
  }
  return { create };
}
module.exports = init;
