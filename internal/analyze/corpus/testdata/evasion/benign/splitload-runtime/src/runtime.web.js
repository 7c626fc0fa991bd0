// Readable source of dist/runtime.web.min.js.
// Chunks are emitted by the bundler as
//   (self.splitloadChunks = self.splitloadChunks || []).push([[id], { moduleId: fn }])
// and loaded on demand with <script> tags from the app's own publicPath.
(function () {
  var modules = {};
  var cache = {};
  var installed = { main: 0 }; // 0 = loaded, [resolve, reject, promise] = loading

  function req(id) {
    if (cache[id]) return cache[id].exports;
    var module = (cache[id] = { exports: {} });
    modules[id].call(module.exports, module, module.exports, req);
    return module.exports;
  }

  // set by the bundler from output.publicPath, or auto-detected from currentScript
  req.p = (document.currentScript && document.currentScript.src.replace(/[^/]+$/, '')) || '/';
  req.u = function (chunkId) {
    return 'chunks/' + chunkId + '.' + req.h[chunkId] + '.js';
  };
  req.h = {}; // chunkId -> content hash, injected at build time

  req.e = function (chunkId) {
    var state = installed[chunkId];
    if (state === 0) return Promise.resolve();
    if (state) return state[2];
    var promise = new Promise(function (resolve, reject) {
      state = installed[chunkId] = [resolve, reject];
    });
    state[2] = promise;
    var script = document.createElement('script');
    script.src = req.p + req.u(chunkId);
    script.async = true;
    if (req.nc) script.nonce = req.nc; // CSP nonce
    script.crossOrigin = 'anonymous';
    var timeout = setTimeout(onEnd.bind(null, { type: 'timeout' }), 120000);
    function onEnd(event) {
      clearTimeout(timeout);
      script.onerror = script.onload = null;
      var s = installed[chunkId];
      if (s !== 0 && s) {
        var err = new Error('Loading chunk ' + chunkId + ' failed (' + (event && event.type) + ')');
        err.name = 'ChunkLoadError';
        installed[chunkId] = undefined;
        s[1](err);
      }
    }
    script.onerror = script.onload = onEnd;
    document.head.appendChild(script);
    return promise;
  };

  function onChunk(data) {
    var ids = data[0], more = data[1];
    for (var k in more) if (Object.prototype.hasOwnProperty.call(more, k)) modules[k] = more[k];
    ids.forEach(function (id) {
      if (installed[id]) installed[id][0]();
      installed[id] = 0;
    });
  }
  var q = (self.splitloadChunks = self.splitloadChunks || []);
  q.forEach(onChunk);
  q.push = onChunk;

  self.__splitload_require__ = req;
})();
