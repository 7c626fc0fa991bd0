'use strict';
const checkLicense = require('./lk');

let license = null;
function setLicenseKey(key) { license = checkLicense(key); return Boolean(license); }

class DataGrid {
  constructor(el, { columns = [], rows = [] } = {}) {
    this.el = el; this.columns = columns; this.rows = rows;
  }
  render() {
    const head = `<tr>${this.columns.map((c) => `<th>${c.title || c.field}</th>`).join('')}</tr>`;
    const body = this.rows.map((r) => `<tr>${this.columns.map((c) => `<td>${String(r[c.field] ?? '')}</td>`).join('')}</tr>`).join('');
    const mark = license ? '' : '<div class="wk-watermark">Widget Kit — evaluation</div>';
    const html = `<table class="wk-grid"><thead>${head}</thead><tbody>${body}</tbody></table>${mark}`;
    if (this.el && 'innerHTML' in this.el) this.el.innerHTML = html;
    return html;
  }
}

if (!license) checkLicense(undefined);
module.exports = { setLicenseKey, DataGrid };
