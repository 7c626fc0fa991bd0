'use strict';
// Each function is serialised and run in the page before any site script.

function webdriver() {
  const proto = Object.getPrototypeOf(navigator);
  if (navigator.webdriver !== false && proto) {
    Object.defineProperty(proto, 'webdriver', { get: () => false, configurable: true });
  }
}

function chromeRuntime() {
  if (!window.chrome) {
    Object.defineProperty(window, 'chrome', { value: {}, writable: true, configurable: true });
  }
  if (!window.chrome.runtime) {
    window.chrome.runtime = { connect: () => undefined, sendMessage: () => undefined, id: undefined };
  }
}

function languages(langs) {
  Object.defineProperty(Object.getPrototypeOf(navigator), 'languages', { get: () => langs.slice(), configurable: true });
}

function plugins() {
  if (navigator.plugins && navigator.plugins.length) return;
  const fake = [
    { name: 'PDF Viewer', filename: 'internal-pdf-viewer', description: 'Portable Document Format' },
    { name: 'Chrome PDF Viewer', filename: 'internal-pdf-viewer', description: 'Portable Document Format' },
  ];
  const arr = fake.map((p) => Object.setPrototypeOf(Object.assign({ length: 1 }, p), Plugin.prototype));
  Object.defineProperty(Object.getPrototypeOf(navigator), 'plugins', {
    get: () => Object.setPrototypeOf(Object.assign(arr.slice(), { item: (i) => arr[i], namedItem: (n) => arr.find((p) => p.name === n) }), PluginArray.prototype),
    configurable: true,
  });
}

function webgl(vendor, renderer) {
  const patch = (Ctx) => {
    if (!Ctx) return;
    const orig = Ctx.prototype.getParameter;
    Ctx.prototype.getParameter = function (p) {
      if (p === 37445) return vendor; // UNMASKED_VENDOR_WEBGL
      if (p === 37446) return renderer; // UNMASKED_RENDERER_WEBGL
      return orig.call(this, p);
    };
  };
  patch(window.WebGLRenderingContext);
  patch(window.WebGL2RenderingContext);
}

function permissions() {
  const orig = navigator.permissions && navigator.permissions.query;
  if (!orig) return;
  navigator.permissions.query = (desc) =>
    desc && desc.name === 'notifications'
      ? Promise.resolve({ state: Notification.permission === 'default' ? 'prompt' : Notification.permission, onchange: null })
      : orig.call(navigator.permissions, desc);
}

module.exports = { webdriver, chromeRuntime, languages, plugins, webgl, permissions };
