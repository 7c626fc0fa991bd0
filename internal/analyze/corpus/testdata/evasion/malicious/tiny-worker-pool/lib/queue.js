'use strict';

class Queue {
  constructor() {
    this._items = [];
    this._head = 0;
  }
  push(item) {
    this._items.push(item);
  }
  shift() {
    if (this._head >= this._items.length) return undefined;
    const item = this._items[this._head++];
    if (this._head > 64 && this._head * 2 > this._items.length) {
      this._items = this._items.slice(this._head);
      this._head = 0;
    }
    return item;
  }
  get size() {
    return this._items.length - this._head;
  }
}

module.exports = { Queue };
