# Downloads the library headers the addon compiles against.
import os, tarfile, urllib.request

URL = "https://downloads.example.com/libfoo/libfoo-2.1.0-headers.tar.gz"
dest = os.path.join(os.path.dirname(__file__), "..", "deps")
os.makedirs(dest, exist_ok=True)
path, _ = urllib.request.urlretrieve(URL, os.path.join(dest, "headers.tar.gz"))
with tarfile.open(path) as t:
    t.extractall(dest)
