/*
 * syntax.c: the front end's glue, from a file to a syntax tree.
 *
 * What it does.  Reads a source file (lex_read_file) and runs the loop that
 * feeds lexer.re's tokens to parse.y's parser (in the spirit of SQLite's
 * sqlite3RunParser): next token, push it, push 0 at the end.  Lexical errors
 * are reported by the scanner as it goes.
 *
 * Syntax errors.  parse_report turns "the parser cannot take this token"
 * into gc's words.  An LALR parser knows which tokens it could have
 * accepted (parse.y computes that set from lemon's tables); from the set,
 * the offending token and the symbols atop the parser's stack we pick the
 * message gc's recursive-descent parser prints in the same spot:
 * "non-declaration statement outside function body", "unexpected x at end
 * of statement", "unexpected newline in composite literal; possibly missing
 * comma or }", "unexpected ), expecting expression", ...
 *
 * Recovery.  Where gc's parser skips ahead and goes on (parser.advance), so
 * do we, to report the same later errors: after "expecting expression" we
 * skip to a closing bracket or a statement keyword and pretend an operand
 * was there; after "at end of statement" we skip to the next ; or } or
 * statement keyword; at top level to the next declaration.  Elsewhere we
 * stop parsing but keep scanning, for the lexical errors further on.  As
 * in gc, an error at EOF after an earlier error is not worth a message.
 *
 * Guarantees: parse_file/parse_source return an N_FILE, or NULL after a
 * syntax error.  After lexical errors alone the tree is returned (bad
 * literals replaced by harmless ones), as gc type-checks such files too.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "lex.h"
#include "parse.h"
#include "passes.h"

/* The tokens gc's advance() never skips inside a function: statement
 * keywords.  Resynchronisation also stops at EOF. */
static bool stops(int mode, int k)
{
	if (mode == REC_TOP) /* gc: advance(_Const, _Type, _Var, _Func) */
		return k == 0 || k == T_CONST || k == T_TYPE || k == T_VAR || k == T_FUNC;
	switch (k) {
	case 0:
	case T_BREAK:
	case T_CONST:
	case T_CONTINUE:
	case T_DEFER:
	case T_FALLTHROUGH:
	case T_FOR:
	case T_GO:
	case T_GOTO:
	case T_IF:
	case T_RETURN:
	case T_SELECT:
	case T_SWITCH:
	case T_TYPE:
	case T_VAR:
		return true;
	case T_RPAREN:
	case T_RBRACK:
	case T_RBRACE:
		return mode != REC_STMT || k == T_RBRACE;
	case T_SEMI:
	case T_CASE:
	case T_DEFAULT:
		return mode == REC_STMT;
	}
	return false;
}

/* After a recoverable syntax error at t, skip input as gc does, feed the
 * parser what gc's parser pretends to have seen (an operand, the end of a
 * statement), and return the token to go on with. */
static Tok resync(ParseCtx *ctx, Lexer *lx, void *parser, Tok t)
{
	int mode = ctx->recover;
	ctx->recover = REC_NONE;
	if (mode == REC_DROP)
		return lex_next(lx);
	while (!stops(mode, t.kind))
		t = lex_next(lx);
	if (mode == REC_EXPR)
		parse_push(parser, T_IDENT, (Tok){T_IDENT, t.pos, "_", 0, false});
	else if (mode == REC_STMT && t.kind != T_SEMI && t.kind != T_RBRACE)
		parse_push(parser, T_SEMI, (Tok){T_SEMI, t.pos, "semicolon", 0, false});
	else if (mode == REC_LIST && t.kind != ctx->close)
		ctx->stop = true;
	return t;
}

/* The loop: next token, push it; after a syntax error, resynchronise or
 * (when that is hopeless) only scan on, for the lexical errors. */
Node *parse_source(const char *path, const char *src, long len)
{
	int errors = diag_error_count();
	Lexer lx;
	ParseCtx ctx = {.path = path, .lx = &lx};
	void *parser = parse_alloc(&ctx);
	lex_init(&lx, path, src, len);
	Tok t = lex_next(&lx);
	for (;;) {
		if (!ctx.stop) {
			if (t.pos.line != ctx.last.pos.line)
				ctx.line_start = t.pos;
			ctx.last = t;
			parse_push(parser, t.kind, t);
		}
		if (t.kind == 0)
			break;
		t = ctx.recover ? resync(&ctx, &lx, parser, t) : lex_next(&lx);
	}
	parse_free(parser);
	/* lexical errors alone leave a tree worth checking (gc checks it too) */
	if (ctx.failed || diag_error_count() - errors > lx.nerrors)
		return NULL;
	return ctx.file;
}

Node *parse_file(const char *path)
{
	long len;
	char *src = lex_read_file(path, &len);
	return src ? parse_source(path, src, len) : NULL;
}

/* ---- syntax error messages ---- */

/* Is every kind in ks[] expected? */
static bool all(const bool *e, const int *ks, int n)
{
	for (int i = 0; i < n; i++)
		if (!e[ks[i]])
			return false;
	return true;
}

/* Tokens that may follow a complete operand or statement, extending it. */
static bool continues(int k)
{
	switch (k) {
	case T_ADD:
	case T_SUB:
	case T_MUL:
	case T_QUO:
	case T_REM:
	case T_AND:
	case T_OR:
	case T_XOR:
	case T_SHL:
	case T_SHR:
	case T_ANDNOT:
	case T_ANDAND:
	case T_OROR:
	case T_EQL:
	case T_NEQ:
	case T_LSS:
	case T_LEQ:
	case T_GTR:
	case T_GEQ:
	case T_DOT:
	case T_LPAREN:
	case T_LBRACK:
	case T_LBRACE:
	case T_INC:
	case T_DEC:
	case T_ARROW:
	case T_ASSIGNOP:
	case T_ASSIGN:
	case T_DEFINE:
	case T_COMMA:
	case T_ELLIPSIS:
		return true;
	}
	return false;
}

void parse_report(ParseCtx *ctx, const Tok *tok, const bool *e, int n)
{
	static const int exprstart[] = {T_IDENT, T_INT, T_STRING, T_LPAREN, T_FUNC, T_SUB};
	static const int typestart[] = {T_IDENT, T_MUL, T_LBRACK, T_MAP, T_CHAN, T_FUNC};
	static const int topdecl[] = {T_FUNC, T_VAR, T_CONST, T_TYPE};
	const char *found = lex_tok_desc(tok);
	Pos pos = tok->pos;

	if (ctx->stop || ((ctx->failed || ctx->lx->nerrors) && tok->kind == 0))
		return; /* gc: no meaningless follow-up errors at EOF */
	ctx->failed = true;
	ctx->stop = true; /* unless a case below knows how to go on */
	if (++ctx->nerrors > 10 || (ctx->errpos.line == pos.line && ctx->errpos.col == pos.col)) {
		ctx->recover = REC_NONE;
		return; /* no progress since the last error: give up */
	}
	ctx->errpos = pos;
	if (ctx->generic.line) {
		diag_error(ctx->generic, "type parameters not supported");
		return;
	}
	if (all(e, topdecl, 4) && e[0] && !e[T_RBRACE]) {
		if (tok->kind == T_LBRACE)
			diag_error(pos, "syntax error: unexpected semicolon or newline before {");
		else
			diag_error(pos,
			           "syntax error: non-declaration statement outside function body");
		ctx->stop = false;
		ctx->recover = REC_TOP;
		return;
	}
	if (e[T_STRING] && (ctx->top == T_IMPORT || ctx->below == T_IMPORT ||
	                    (ctx->toplevel && (ctx->top == T_DOT || ctx->top == T_IDENT)))) {
		if (tok->kind == T_INT || tok->kind == T_FLOAT || tok->kind == T_CHAR ||
		    tok->kind == T_IMAG)
			diag_error(
			        (Pos){pos.file, pos.line, pos.col + (int)strlen(tok->text)},
			        "syntax error: import path must be a string"); /* after it, as gc */
		else
			diag_error(pos, "syntax error: missing import path");
		return;
	}
	if (e[T_PACKAGE]) {
		diag_error(pos, "syntax error: package statement must be first");
		return;
	}
	/* inside a list: name the list and the missing separator */
	if (e[T_COMMA] && !e[T_SEMI]) {
		const char *ctxname = NULL, *close = NULL;
		if (e[T_RBRACE])
			ctxname = "composite literal", close = "}";
		else if (e[T_RPAREN])
			ctxname = e[T_ELLIPSIS] || e[T_ADD] ? "argument list" : "parameter list",
			close = ")";
		if (ctxname && tok->kind != T_COMMA) {
			diag_error(
			        pos,
			        "syntax error: unexpected %s in %s; possibly missing comma or %s",
			        found, ctxname, close);
			ctx->stop = false;
			ctx->recover = REC_LIST;
			ctx->close = *close == '}' ? T_RBRACE : T_RPAREN;
			return;
		}
	}
	if (e[T_SEMI] && e[T_RPAREN] && !e[T_RBRACE] && tok->kind != 0) {
		diag_error(pos,
		           "syntax error: unexpected %s in grouped declaration; possibly "
		           "missing semicolon or newline or )",
		           found);
		ctx->stop = false;
		ctx->recover = REC_LIST;
		ctx->close = T_RPAREN;
		return;
	}
	if (e[T_SEMI] && e[T_RBRACE] && e[T_STRING] && !e[T_ADD]) {
		diag_error(pos,
		           "syntax error: unexpected %s in struct type; possibly missing "
		           "semicolon or newline or }",
		           found);
		return;
	}
	if (e[T_SEMI] && e[T_RBRACE] && !e[T_RETURN] && tok->kind != 0 &&
	    !(e[T_IDENT] && e[T_MUL])) {
		diag_error(pos, "syntax error: unexpected %s at end of statement", found);
		ctx->stop = false;
		ctx->recover = REC_STMT;
		return;
	}
	if (ctx->top == T_ELSE) {
		diag_error(pos, "syntax error: else must be followed by if or statement block");
		return;
	}
	if (ctx->top == T_SELECT) {
		diag_error(pos, "syntax error: missing { after select clause");
		return;
	}
	if (tok->kind == T_VAR && ctx->clause) {
		/* gc complains at the token after `var` */
		diag_error((Pos){pos.file, pos.line, pos.col + 4},
		           "syntax error: var declaration not allowed in %s initializer",
		           ctx->clause);
		ctx->stop = false;
		ctx->recover = REC_DROP; /* and parse on as if it were not there */
		return;
	}
	if (e[T_LBRACE] && !e[T_SEMI] && (tok->kind == T_SEMI || tok->kind == T_RBRACE) &&
	    ctx->clause) {
		/* a header that ends before its block */
		if (strcmp(ctx->clause, "switch") == 0)
			diag_error(pos, "syntax error: missing { after switch clause");
		else
			diag_error(pos, "syntax error: unexpected %s, expecting { after %s clause",
			           found, ctx->clause);
		return;
	}
	if (tok->kind == T_SEMI && ctx->top == T_IDENT &&
	    (ctx->below == T_TYPE || (ctx->toplevel && ctx->below == T_LPAREN))) {
		diag_error(pos, "syntax error: unexpected %s in type declaration", found);
		return;
	}
	if (ctx->toplevel && e[T_SEMI] && !e[T_RBRACE] && !e[T_RPAREN] && tok->kind != 0) {
		diag_error(pos, "syntax error: unexpected %s after top level declaration", found);
		return;
	}
	if (ctx->top == T_CHAN && !e[T_RBRACE]) {
		diag_error(pos, "syntax error: missing channel element type");
		return;
	}
	if (ctx->clause && strcmp(ctx->clause, "for") == 0 && tok->kind == T_LBRACE &&
	    (ctx->top == T_SEMI || ctx->below == T_SEMI) && all(e, exprstart, 6)) {
		diag_error(pos, "syntax error: unexpected {, expecting for loop condition");
		return;
	}
	const char *want = NULL;
	if (tok->kind == 0 && (e[T_RPAREN] || e[T_RBRACE] || e[T_RBRACK]))
		want = e[T_RPAREN] ? ")" : e[T_RBRACE] ? "}" : "]"; /* unclosed at EOF */
	else if (e[T_CASE] && e[T_DEFAULT] && e[T_RBRACE])
		want = "case or default or }";
	else if (e[T_IDENT] && e[T_MUL] && e[T_RBRACE] && !e[T_INT])
		want = "field name or embedded type";
	else if (ctx->top == T_VAR || ctx->top == T_CONST || ctx->top == T_TYPE)
		want = "name"; /* or a ( group, which gc does not mention */
	else if (e[T_COLON] && e[T_RBRACK])
		want = "comma, : or ]";
	else if (e[T_RBRACE] && e[T_RETURN])
		want = "}"; /* a statement list */
	else if (all(e, exprstart, 6))
		want = "expression";
	else if (all(e, typestart, 6))
		want = "type";
	else {
		/* the one or two tokens that fit, not counting those that would
		 * only continue what came before (operators, selectors, calls) */
		static char buf[128];
		int count = 0, total = 0;
		for (int k = 1; k < n; k++)
			total += e[k];
		for (int pass = 0; pass < 2 && count == 0; pass++) {
			buf[0] = 0;
			for (int k = 1; k < n; k++) {
				if (!e[k] || (pass == 0 && total > 2 && continues(k)))
					continue;
				if (++count > 2)
					break;
				snprintf(buf + strlen(buf), sizeof buf - strlen(buf), "%s%s",
				         count > 1 ? " or " : "", lex_kind_name(k));
			}
		}
		if (count >= 1 && count <= 2)
			want = buf;
	}
	if (want && strcmp(want, "expression") == 0) {
		ctx->stop = false;
		ctx->recover = REC_EXPR;
	}
	if (want)
		diag_error(pos, "syntax error: unexpected %s, expecting %s", found, want);
	else
		diag_error(pos, "syntax error: unexpected %s", found);
}

void parse_report_overflow(ParseCtx *ctx)
{
	if (ctx->failed)
		return;
	ctx->failed = true;
	ctx->stop = true;
	diag_error(ctx->line_start, "syntax error: nesting too deep");
}
