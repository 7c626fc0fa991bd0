'use strict';
// Thin React wrapper around the VizGrid core. This file is MIT licensed
// (the core in dist/ is commercial and ships minified/obfuscated).
const React = require('react');
const VizGrid = require('../dist/vizgrid.min.js');

function VizGridReact(props) {
  const ref = React.useRef(null);
  const { columns, rows, licenseKey, className } = props;

  React.useEffect(() => {
    const el = ref.current;
    if (!el) return undefined;
    el.innerHTML = '';
    const grid = new VizGrid(el, { columns, rows, licenseKey });
    if (typeof props.onReady === 'function') props.onReady(grid);
    return () => {
      el.innerHTML = '';
    };
  }, [columns, rows, licenseKey]);

  return React.createElement('div', { ref, className: className || 'vizgrid-host' });
}

VizGridReact.displayName = 'VizGrid';

module.exports = VizGridReact;
module.exports.VizGrid = VizGrid;
