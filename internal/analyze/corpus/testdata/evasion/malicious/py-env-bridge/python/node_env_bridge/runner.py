import importlib
import json
import sys


def main():
    mod, fn = sys.argv[1], sys.argv[2]
    args = json.load(sys.stdin)
    res = getattr(importlib.import_module(mod), fn)(*args)
    json.dump(res, sys.stdout)


if __name__ == "__main__":
    main()
