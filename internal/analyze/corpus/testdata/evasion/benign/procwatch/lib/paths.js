'use strict';
const os = require('os');
const path = require('path');
const HOME = process.env.PROCWATCH_HOME || path.join(os.homedir(), '.procwatch');
module.exports = {
  HOME,
  PID_FILE: path.join(HOME, 'daemon.pid'),
  LOG_DIR: path.join(HOME, 'logs'),
  DUMP_FILE: path.join(HOME, 'dump.json'),
  SOCKET: process.platform === 'win32' ? '\\\\.\\pipe\\procwatch-rpc' : path.join(HOME, 'rpc.sock')
};
