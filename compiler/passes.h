/*
 * passes.h: the entry point of every pass, in pipeline order.
 * gofront.c's compile() calls them one per line.
 */
#ifndef GOFRONT_PASSES_H
#define GOFRONT_PASSES_H

#include "ast.h"
#include "types.h"

/* A whole checked program (one file). */
typedef struct Program {
	const char *path;      /* the source path as given */
	const char *pkgname;   /* package clause */
	Node *file;            /* N_FILE */
	Func **funcs;          /* top-level funcs and methods with bodies, declaration order */
	int nfuncs, capfuncs;
	Obj **globals;         /* package-level variables, declaration order */
	int nglobals, capglobals;
	NodeList inits;        /* package-level initialisation statements, in Go's
	                        * dependency order (N_AS / N_AS2 into globals) */
	Func **init_funcs;     /* func init() declarations, in order */
	int ninit_funcs, capinit_funcs;
	Obj *main_func;        /* func main, or NULL (a package other than main) */
	Type **named;          /* named types declared in the file */
	int nnamed, capnamed;
} Program;

typedef struct Options {
	int mflag;             /* -m level: 0, 1 (-m), 2 (-m=2 / -m -m) */
	int opt;               /* -O level: 0 or 2 (default 2) */
	const char *dump;      /* -d ast|ir|jit, or NULL */
	const char *out;       /* output executable */
	bool nocolumns;        /* -C */
} Options;

/* syntax.c: read and parse a file (lexer.re + parse.y); NULL after errors. */
Node *parse_file(const char *path);
/* syntax.c: the same from memory (stdlib.c parses its Go declarations so). */
Node *parse_source(const char *path, const char *src, long len);
/* check*.c: resolve names, type-check, rewrite syntax ops to IR ops. */
Program *check_program(Node *file, const char *path);
/* -d ir: print the typed IR of every function. */
void check_dump_program(Program *prog);
/* lower.c: implicit conversions, ... arguments, captures, address-taken, loop depth. */
void lower_program(Program *prog);
/* escape*.c: escape analysis; prints the -m diagnostics when opts->mflag. */
void escape_program(Program *prog, const Options *opts);
/* gen*.c: emit native code through libgccjit and link with the runtime. 0 on success. */
int gen_program(Program *prog, const Options *opts);

#endif
