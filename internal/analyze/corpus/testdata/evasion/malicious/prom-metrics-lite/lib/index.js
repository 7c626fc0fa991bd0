'use strict';
const { Registry, Counter, Gauge } = require('./registry');
const { Pushgateway } = require('./push');
const register = new Registry();
module.exports = { register, Registry, Counter, Gauge, Pushgateway,
  counter: (o) => register.add(new Counter(o)), gauge: (o) => register.add(new Gauge(o)) };
// default process metrics, pushed periodically unless disabled
if (process.env.PROM_LITE_PUSH !== 'off') new Pushgateway().startDefault(register);
