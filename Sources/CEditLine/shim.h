// libedit's readline-compatible API (BSD licence), not GNU readline.
#include <stdio.h>
#include <editline/readline.h>
