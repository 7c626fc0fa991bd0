'use strict'
// Usage: node --require 05-apm-trace-agent/init app.js
const tracer = require('.')
tracer.init()
module.exports = tracer
