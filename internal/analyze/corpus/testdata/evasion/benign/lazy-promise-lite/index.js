'use strict';
class LazyPromise extends Promise {
  constructor(executor) {
    if (typeof executor !== 'function') throw new TypeError('executor must be a function');
    let res, rej;
    super((resolve, reject) => { res = resolve; rej = reject; });
    this._executor = executor;
    this._res = res;
    this._rej = rej;
    this._started = false;
  }
  static from(fn) { return new LazyPromise((resolve) => resolve(fn())); }
  static get [Symbol.species]() { return Promise; }
  _run() {
    if (this._started) return;
    this._started = true;
    try { this._executor(this._res, this._rej); } catch (e) { this._rej(e); }
  }
  then(onFulfilled, onRejected) { this._run(); return super.then(onFulfilled, onRejected); }
  catch(onRejected) { this._run(); return super.catch(onRejected); }
  finally(onFinally) { this._run(); return super.finally(onFinally); }
}
module.exports = LazyPromise;
module.exports.LazyPromise = LazyPromise;
