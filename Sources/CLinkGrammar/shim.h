// The Link Grammar parser's C API (LGPL 2.1), Debian package liblink-grammar-dev.
#include <link-grammar/link-includes.h>
