// native implementation omitted from this excerpt; see upstream xxHash
#include <node_api.h>
