import sys
with open(sys.argv[1], "w") as f:
    f.write('#define FOO_VERSION "2.1.0"\n')
