/*
 * lex.h: the scanner (lexer.re) and its literal decoders.
 *
 * The scanner turns a NUL-terminated source buffer into Tokens whose kinds
 * are the T_ codes lemon generates in parse.h.  It inserts Go's automatic
 * semicolons itself, so the parser never sees a newline: a T_SEMI token's
 * text says why it is there ("semicolon", "newline" or "EOF"), which is what
 * gc prints in "unexpected newline".  Lexical errors go to diag_error with
 * gc's wording; the scanner then skips the bad input and goes on.
 *
 * Literal tokens keep their source text; the decoders below turn that text
 * into values when the type checker needs them.
 */
#ifndef GOFRONT_LEX_H
#define GOFRONT_LEX_H

#include <stdbool.h>
#include <stdint.h>

#include "ast.h"
#include "lex_lit.h"

/* One token: what the parser's %token_type is. */
typedef struct Tok {
	int kind;         /* T_ code from parse.h; 0 at end of input */
	Pos pos;          /* first byte (1-based line and byte column) */
	const char *text; /* source text (NUL-terminated copy); semicolons: why */
	int op;           /* T_ASSIGNOP: the binary operator's T_ code */
	bool noescape;    /* T_FUNC preceded by a //go:noescape line */
} Tok;

/* Scanner state over one source buffer (src[len] must be NUL). */
typedef struct Lexer {
	const char *file;         /* for positions */
	const unsigned char *src; /* the buffer */
	const unsigned char *cur; /* re2c's cursor */
	const unsigned char *lim; /* src + len: the sentinel NUL */
	const unsigned char *mar; /* re2c's backtracking marker */
	const unsigned char *tok; /* start of the token being scanned */
	const unsigned char *bol; /* start of the current line */
	int line;                 /* current line (1-based) */
	int prev;                 /* kind of the last token returned (semicolons) */
	bool pragma_noescape;     /* a //go:noescape line waits for its func */
	bool bad;                 /* the current token had an error */
	int nerrors;              /* lexical errors reported so far */
} Lexer;

void lex_init(Lexer *lx, const char *file, const char *src, long len);
/* The next token, semicolons inserted; kind 0 (forever) at end of input. */
Tok lex_next(Lexer *lx);

/* How gc names a token in "unexpected X": a name's text, "literal 1",
 * "newline", "EOF", an operator's spelling, a keyword. */
const char *lex_tok_desc(const Tok *t);
/* How gc names a token kind in "expecting X": "name", "comma", "{", ... */
const char *lex_kind_name(int kind);

/* `gofront -d tokens`: print one token per line, "line:col TOKEN text". */
void lex_dump_tokens(const char *path);

/* ---- literal decoding: lex_lit.h ---- */

/* ---- the parser's side (parse.y, syntax.c) ---- */
/* What the grammar actions and the glue share: lemon's %extra_context. */
typedef struct ParseCtx {
	const char *path;     /* for messages */
	Lexer *lx;            /* its scanner (lx->nerrors) */
	Node *file;           /* the N_FILE, once accepted */
	Tok last;             /* the last token pushed */
	Pos line_start;       /* the first token of its line (overflow position) */
	unsigned short *snap; /* the parser's states before the current token */
	int nsnap, capsnap;   /* (YYACTIONTYPE; parse.y asserts the size) */

	/* after a syntax error */
	bool failed; /* one was reported: no tree */
	bool stop;   /* no way to recover: stop parsing, keep scanning */
	int nerrors; /* how many so far */
	Pos errpos;  /* where the last one was */
	int recover; /* REC_*: how syntax.c resynchronises */
	int close;   /* REC_LIST: the token that closes the list */

	/* what parse.y tells parse_report about the parser's stack */
	int top, below;     /* the two topmost symbols */
	bool toplevel;      /* outside any { } */
	const char *clause; /* "if", "for", "switch": an open header */
	Pos generic;        /* where type parameters begin, if they do */
} ParseCtx;

/* Resynchronisation after a syntax error, as gc's parser.advance does. */
enum { REC_NONE, REC_EXPR, REC_STMT, REC_LIST, REC_TOP, REC_DROP };

void *parse_alloc(ParseCtx *ctx); /* parse.y: lemon's parser object */
void parse_free(void *parser);
void parse_push(void *parser, int kind, Tok tok);
/* syntax.c: gc's message for a syntax error at tok, given which token kinds
 * the parser would have accepted (expect[kind], kind < n). */
void parse_report(ParseCtx *ctx, const Tok *tok, const bool *expect, int n);
void parse_report_overflow(ParseCtx *ctx);
/* lexer.re: read a whole file (NUL-terminated) or report "open ...: ..." */
char *lex_read_file(const char *path, long *len);

#endif
