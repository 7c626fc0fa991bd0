'use strict';
// Austrian German: reuse German and override a few strings.
const de = require('./de.json');
module.exports = Object.assign({}, de, {
  greeting: 'Servus, {name}!',
  cart: Object.assign({}, de.cart)
});
