'use strict';
const esc = (s) => String(s).replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' }[c]));

function toastXml({ title, message, image, actions = [], silent = false }) {
  const img = image ? `<image placement="appLogoOverride" src="${esc(image)}"/>` : '';
  const acts = actions.length
    ? `<actions>${actions.map((a) => `<action content="${esc(a.label)}" arguments="${esc(a.arguments || a.label)}"/>`).join('')}</actions>`
    : '';
  return `<toast><visual><binding template="ToastGeneric"><text>${esc(title)}</text><text>${esc(message)}</text>${img}</binding></visual>${acts}${silent ? '<audio silent="true"/>' : ''}</toast>`;
}

module.exports = { toastXml };
