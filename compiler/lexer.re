/*
 * lexer.re: Go's lexical grammar, compiled to C by re2c.
 *
 * What it does.  lex_next() returns the next token of a source buffer with
 * its position (1-based line, 1-based BYTE column, as gc reports them).  The
 * re2c block below only recognises lexemes; everything else lives in plain C
 * functions around it:
 *
 *   - semicolons (insert_semicolon): Go's rule that a newline, a comment
 *     containing a newline, or the end of input ends the statement when the
 *     line's last token was an identifier, a literal, one of the keywords
 *     break continue fallthrough return, ++ --, or ) ] }.
 *   - literal checks (check_string, check_rune, check_number): gc's error
 *     messages at gc's positions.  A bad literal is still returned as a
 *     literal (with harmless text: "0", ""), so one typo gives one error,
 *     not a cascade.  Decoding literals to values is lex_lit.c's job.
 *   - the token names of gc's messages ("unexpected newline, expecting {").
 *   - reading a source file into a buffer (lex_read_file).
 *
 * Requires: a buffer with a NUL byte at src[len] (the re2c sentinel; a NUL
 * before the end is "invalid NUL character").  Guarantees: every byte is
 * either part of a token, skipped blank/comment, or reported.
 */
#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "lex.h"
#include "parse.h"

/* Pseudo-kinds the scanner returns to lex_next, never to the parser. */
enum { K_SKIP = 1000, K_NEWLINE, K_EOF };

/* The rules' actions, defined after the scanner (all return a T_ code or
 * a pseudo-kind, having reported any error). */
static Pos pos_at(Lexer *lx, const unsigned char *p);
static int newline(Lexer *lx);
static int line_comment(Lexer *lx, Tok *t);
static int block_comment(Lexer *lx, Tok *t);
static int unterminated(Lexer *lx, Tok *t, int kind, const char *msg);
static int bad_char(Lexer *lx, Tok *t);
static int check_ident(Lexer *lx);
static int check_number(Lexer *lx, Tok *t, int kind);
static int check_rune(Lexer *lx, Tok *t);
static int unterminated_rune(Lexer *lx, Tok *t);
static int check_string(Lexer *lx, Tok *t);
static int unterminated_string(Lexer *lx, Tok *t);
static int raw_string(Lexer *lx, Tok *t);

/*!re2c
	re2c:define:YYCTYPE  = "unsigned char";
	re2c:define:YYCURSOR = "lx->cur";
	re2c:define:YYMARKER = "lx->mar";
	re2c:define:YYLIMIT  = "lx->lim";
	re2c:yyfill:enable   = 0;
	re2c:eof             = 0;
	re2c:indent:top      = 1;

	u8_2     = [\xc2-\xdf][\x80-\xbf];
	u8_3     = "\xe0"[\xa0-\xbf][\x80-\xbf] | [\xe1-\xec\xee\xef][\x80-\xbf]{2}
	         | "\xed"[\x80-\x9f][\x80-\xbf];
	u8_4     = "\xf0"[\x90-\xbf][\x80-\xbf]{2} | [\xf1-\xf3][\x80-\xbf]{3}
	         | "\xf4"[\x80-\x8f][\x80-\xbf]{2};
	utf8     = u8_2 | u8_3 | u8_4;
	letter   = [a-zA-Z_] | utf8;
	ident    = letter (letter | [0-9] | [\x80-\xff])*;

	dec      = [0-9][0-9_]*;
	decexp   = [eE][+-]? [0-9_]*;
	hexmant  = [0-9a-fA-F_]*;
	int      = dec | "0"[xX] hexmant | "0"[oO][0-9_]* | "0"[bB][0-9_]*;
	hexexp   = [pP][+-]? [0-9_]*;
	float    = dec "." [0-9_]* decexp? | dec decexp | "." [0-9][0-9_]* decexp?
	         | "0"[xX] hexmant "." hexmant hexexp? | "0"[xX] hexmant hexexp;

	strchar  = [^"\\\n] | "\\" [^\n];
	runechar = [^'\\\n] | "\\" [^\n];
	blank    = [ \t\r]+;
	linecmt  = "//" [^\n]*;
	blockcmt = "/*" ([^*] | "*"+ [^*/])* "*"+ "/";
*/

/* The next lexeme, as a T_ code or a pseudo-kind (K_SKIP, K_NEWLINE, K_EOF). */
static int scan(Lexer *lx, Tok *t)
{
	lx->tok = lx->cur;
	t->pos = pos_at(lx, lx->cur);
	/*!re2c
	$                  { return K_EOF; }
	blank              { return K_SKIP; }
	"\n"               { return newline(lx); }
	linecmt            { return line_comment(lx, t); }
	blockcmt           { return block_comment(lx, t); }
	"/*"               { return unterminated(lx, t, K_SKIP, "comment not terminated"); }

	"break"            { return T_BREAK; }
	"case"             { return T_CASE; }
	"chan"             { return T_CHAN; }
	"const"            { return T_CONST; }
	"continue"         { return T_CONTINUE; }
	"default"          { return T_DEFAULT; }
	"defer"            { return T_DEFER; }
	"else"             { return T_ELSE; }
	"fallthrough"      { return T_FALLTHROUGH; }
	"for"              { return T_FOR; }
	"func"             { return T_FUNC; }
	"go"               { return T_GO; }
	"goto"             { return T_GOTO; }
	"if"               { return T_IF; }
	"import"           { return T_IMPORT; }
	"interface"        { return T_INTERFACE; }
	"map"              { return T_MAP; }
	"package"          { return T_PACKAGE; }
	"range"            { return T_RANGE; }
	"return"           { return T_RETURN; }
	"select"           { return T_SELECT; }
	"struct"           { return T_STRUCT; }
	"switch"           { return T_SWITCH; }
	"type"             { return T_TYPE; }
	"var"              { return T_VAR; }
	ident              { return check_ident(lx); }

	int                { return check_number(lx, t, T_INT); }
	float              { return check_number(lx, t, T_FLOAT); }
	(int | float) "i"  { return check_number(lx, t, T_IMAG); }
	"'" runechar* "'"  { return check_rune(lx, t); }
	"'" runechar*      { return unterminated_rune(lx, t); }
	"\"" strchar* "\"" { return check_string(lx, t); }
	"\"" strchar*      { return unterminated_string(lx, t); }
	"`" [^`]* "`"      { return raw_string(lx, t); }
	"`" [^`]*          { return unterminated(lx, t, T_STRING, "string not terminated"); }

	"+"                { return T_ADD; }
	"-"                { return T_SUB; }
	"*"                { return T_MUL; }
	"/"                { return T_QUO; }
	"%"                { return T_REM; }
	"&"                { return T_AND; }
	"|"                { return T_OR; }
	"^"                { return T_XOR; }
	"<<"               { return T_SHL; }
	">>"               { return T_SHR; }
	"&^"               { return T_ANDNOT; }
	"+="               { t->op = T_ADD;    return T_ASSIGNOP; }
	"-="               { t->op = T_SUB;    return T_ASSIGNOP; }
	"*="               { t->op = T_MUL;    return T_ASSIGNOP; }
	"/="               { t->op = T_QUO;    return T_ASSIGNOP; }
	"%="               { t->op = T_REM;    return T_ASSIGNOP; }
	"&="               { t->op = T_AND;    return T_ASSIGNOP; }
	"|="               { t->op = T_OR;     return T_ASSIGNOP; }
	"^="               { t->op = T_XOR;    return T_ASSIGNOP; }
	"<<="              { t->op = T_SHL;    return T_ASSIGNOP; }
	">>="              { t->op = T_SHR;    return T_ASSIGNOP; }
	"&^="              { t->op = T_ANDNOT; return T_ASSIGNOP; }
	"&&"               { return T_ANDAND; }
	"||"               { return T_OROR; }
	"<-"               { return T_ARROW; }
	"++"               { return T_INC; }
	"--"               { return T_DEC; }
	"=="               { return T_EQL; }
	"<"                { return T_LSS; }
	">"                { return T_GTR; }
	"="                { return T_ASSIGN; }
	"!"                { return T_NOT; }
	"~"                { return T_TILDE; }
	"!="               { return T_NEQ; }
	"<="               { return T_LEQ; }
	">="               { return T_GEQ; }
	":="               { return T_DEFINE; }
	"..."              { return T_ELLIPSIS; }
	"("                { return T_LPAREN; }
	")"                { return T_RPAREN; }
	"["                { return T_LBRACK; }
	"]"                { return T_RBRACK; }
	"{"                { return T_LBRACE; }
	"}"                { return T_RBRACE; }
	","                { return T_COMMA; }
	";"                { return T_SEMI; }
	"."                { return T_DOT; }
	":"                { return T_COLON; }
	*                  { return bad_char(lx, t); }
	*/
}

/* ---- semicolons ---- */

/* Go's rule: a line's final token ends the statement when it is one of
 * these (the spec, "Semicolons"). */
static bool insert_semicolon(int kind)
{
	switch (kind) {
	case T_IDENT: case T_INT: case T_FLOAT: case T_IMAG: case T_CHAR: case T_STRING:
	case T_BREAK: case T_CONTINUE: case T_FALLTHROUGH: case T_RETURN:
	case T_INC: case T_DEC: case T_RPAREN: case T_RBRACK: case T_RBRACE:
		return true;
	}
	return false;
}

void lex_init(Lexer *lx, const char *file, const char *src, long len)
{
	memset(lx, 0, sizeof *lx);
	lx->file = file;
	lx->src = lx->cur = lx->bol = (const unsigned char *)src;
	lx->lim = lx->src + len;
	lx->line = 1;
	if (len >= 3 && memcmp(src, "\xef\xbb\xbf", 3) == 0)
		lx->cur = lx->bol = lx->src + 3; /* a leading BOM is ignored */
}

Tok lex_next(Lexer *lx)
{
	Tok t;
	for (;;) {
		memset(&t, 0, sizeof t);
		lx->bad = false;
		int k = lx->cur >= lx->lim ? (t.pos = pos_at(lx, lx->lim), K_EOF) : scan(lx, &t);
		if (k == K_SKIP || (k == K_NEWLINE && !insert_semicolon(lx->prev)))
			continue;
		if (k == K_NEWLINE || k == K_EOF) {
			t.kind = insert_semicolon(lx->prev) ? T_SEMI : 0;
			t.text = k == K_EOF ? "EOF" : "newline";
		} else {
			t.kind = k;
			t.text = k == T_SEMI ? "semicolon"
					     : xstrndup((const char *)lx->tok, (size_t)(lx->cur - lx->tok));
			if (lx->bad) /* reported: let the checker see a harmless literal */
				t.text = k == T_INT ? "0" : k == T_FLOAT ? "0.0" : k == T_IMAG ? "0i"
				       : k == T_CHAR ? "' '" : k == T_STRING ? "\"\"" : t.text;
			t.noescape = k == T_FUNC && lx->pragma_noescape;
			lx->pragma_noescape = false;
		}
		lx->prev = t.kind;
		return t;
	}
}

/* ---- token names for messages ---- */

#define TOKENS(X) \
	X(BREAK, "break") X(CASE, "case") X(CHAN, "chan") X(CONST, "const") \
	X(CONTINUE, "continue") X(DEFAULT, "default") X(DEFER, "defer") X(ELSE, "else") \
	X(FALLTHROUGH, "fallthrough") X(FOR, "for") X(FUNC, "func") X(GO, "go") \
	X(GOTO, "goto") X(IF, "if") X(IMPORT, "import") X(INTERFACE, "interface") \
	X(MAP, "map") X(PACKAGE, "package") X(RANGE, "range") X(RETURN, "return") \
	X(SELECT, "select") X(STRUCT, "struct") X(SWITCH, "switch") X(TYPE, "type") \
	X(VAR, "var") \
	X(IDENT, "name") X(INT, "literal") X(FLOAT, "literal") X(IMAG, "literal") \
	X(CHAR, "literal") X(STRING, "literal") \
	X(ADD, "+") X(SUB, "-") X(MUL, "*") X(QUO, "/") X(REM, "%") X(AND, "&") \
	X(OR, "|") X(XOR, "^") X(SHL, "<<") X(SHR, ">>") X(ANDNOT, "&^") \
	X(ASSIGNOP, "op=") X(ANDAND, "&&") X(OROR, "||") X(ARROW, "<-") X(INC, "++") \
	X(DEC, "--") X(EQL, "==") X(LSS, "<") X(GTR, ">") X(ASSIGN, "=") X(NOT, "!") \
	X(TILDE, "~") X(NEQ, "!=") X(LEQ, "<=") X(GEQ, ">=") X(DEFINE, ":=") \
	X(ELLIPSIS, "...") X(LPAREN, "(") X(RPAREN, ")") X(LBRACK, "[") X(RBRACK, "]") \
	X(LBRACE, "{") X(RBRACE, "}") X(COMMA, "comma") X(SEMI, "semicolon or newline") \
	X(DOT, ".") X(COLON, ":")

/* How gc's messages name each kind, and the kind's own name (for -d tokens). */
#define NAME(id, text) [T_##id] = text,
#define ID(id, text) [T_##id] = #id,
static const char *const kind_names[] = {TOKENS(NAME)};
static const char *const kind_ids[] = {TOKENS(ID)};
#undef NAME
#undef ID

const char *lex_kind_name(int kind)
{
	if (kind == 0)
		return "EOF";
	if (kind < 0 || kind >= (int)(sizeof kind_names / sizeof kind_names[0]) ||
	    !kind_names[kind])
		return "?";
	return kind_names[kind];
}

const char *lex_tok_desc(const Tok *t)
{
	switch (t->kind) {
	case 0: return "EOF";
	case T_IDENT: case T_SEMI: return t->text;
	case T_INT: case T_FLOAT: case T_IMAG: case T_CHAR: case T_STRING:
		return xprintf("literal %s", t->text);
	case T_ASSIGNOP: return xprintf("%s=", lex_kind_name(t->op));
	case T_COMMA: return "comma";
	}
	return lex_kind_name(t->kind);
}

/* ---- reading a source file ---- */

/* strerror as Go spells it: "no such file or directory". */
static const char *errstr(int err)
{
	char *why = xstrdup(strerror(err));
	why[0] = (char)tolower((unsigned char)why[0]);
	return why;
}

/* The whole of a source file, NUL-terminated (the sentinel lex_init
 * requires), or NULL after reporting "open ...: ..." as go build does. */
char *lex_read_file(const char *path, long *len)
{
	FILE *f = fopen(path, "rb");
	if (!f) {
		diag_error((Pos){path, 0, 0}, "open %s: %s", path, errstr(errno));
		return NULL;
	}
	size_t cap = 1 << 16, n = 0, got;
	char *buf = xmalloc(cap + 1);
	errno = 0;
	while ((got = fread(buf + n, 1, cap - n, f)) > 0) {
		n += got;
		if (n == cap)
			buf = xrealloc(buf, (cap *= 2) + 1);
	}
	int err = ferror(f) ? errno : 0;
	fclose(f);
	if (err) { /* a directory, an I/O error */
		diag_error((Pos){path, 0, 0}, "read %s: %s", path, errstr(err));
		return NULL;
	}
	buf[n] = 0;
	*len = (long)n;
	return buf;
}

/* `gofront -d tokens`: the parser's view of a file, one token a line. */
void lex_dump_tokens(const char *path)
{
	long len;
	char *src = lex_read_file(path, &len);
	if (!src)
		return;
	Lexer lx;
	lex_init(&lx, path, src, len);
	for (;;) {
		Tok t = lex_next(&lx);
		printf("%d:%d %s", t.pos.line, t.pos.col, t.kind ? kind_ids[t.kind] : "EOF");
		if (t.kind) {
			putchar(' ');
			for (const char *c = t.text; *c; c++) /* keep one token a line */
				if (*c == '\n')
					fputs("\\n", stdout);
				else if (*c == '\r')
					fputs("\\r", stdout);
				else
					putchar(*c);
		}
		if (t.noescape)
			printf(" [noescape]");
		printf("\n");
		if (!t.kind)
			break;
	}
}

/* ---- positions, characters, errors ---- */

/* Every lexical error: counted (a file with only lexical errors is still
 * type-checked, as gc does) and marking the token as bad. */
static void lex_error(Lexer *lx, Pos pos, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
static void lex_error(Lexer *lx, Pos pos, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char buf[256];
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	diag_error(pos, "%s", buf);
	lx->nerrors++;
	lx->bad = true;
}

/* The position of byte p, which lies on the current line. */
static Pos pos_at(Lexer *lx, const unsigned char *p)
{
	return (Pos){lx->file, lx->line, (int)(p - lx->bol) + 1};
}

/* Account for the newlines in [p, end): the line count and line start. */
static void count_lines(Lexer *lx, const unsigned char *p, const unsigned char *end)
{
	for (; p < end; p++)
		if (*p == '\n') {
			lx->line++;
			lx->bol = p + 1;
		}
}



/* Go's %#U: "U+0040 '@'" (the quoted character only when printable). */
static const char *fmt_U(int32_t r)
{
	static char buf[32];
	char enc[5] = {0};
	int n = snprintf(buf, sizeof buf, "U+%04X", (unsigned)r);
	bool print = r >= 0x20 && !(r >= 0x7f && r <= 0xa0) && r != 0xad && r <= 0x10ffff &&
		     !(r >= 0xd800 && r < 0xe000) && !(r >= 0x2000 && r <= 0x200f) &&
		     !(r >= 0x2028 && r <= 0x202f) && !(r >= 0x205f && r <= 0x206f) &&
		     r != 0x3000 && r != 0xfeff && !(r >= 0xfff9 && r <= 0xfffb);
	if (print) { /* strconv.IsPrint, for the runes one meets */
		lex_utf8_encode(enc, r);
		snprintf(buf + n, sizeof buf - n, " '%s'", enc);
	}
	return buf;
}


/* Go's %q of a byte-sized rune: 'a', '\n', '\'', '\x01'. */
static const char *quote_char(int c)
{
	static char buf[16];
	const char *esc = c == '\n' ? "\\n" : c == '\t' ? "\\t" : c == '\r' ? "\\r"
			: c == '\'' ? "\\'" : c == '\\' ? "\\\\" : NULL;
	if (esc)
		snprintf(buf, sizeof buf, "'%s'", esc);
	else if (c >= 0x20 && c < 0x7f)
		snprintf(buf, sizeof buf, "'%c'", c);
	else
		snprintf(buf, sizeof buf, "'\\x%02x'", c);
	return buf;
}

/* Report invalid UTF-8 and NUL bytes in [p, end) (comments, raw strings). */
static void check_text(Lexer *lx, const unsigned char *p, const unsigned char *end)
{
	int32_t r;
	while (p < end) {
		int n = lex_utf8_decode(p, end, &r);
		if (*p == '\n') {
			lx->line++;
			lx->bol = p + 1;
		} else if (*p == 0)
			lex_error(lx, pos_at(lx, p), "invalid NUL character");
		else if (n == 0)
			lex_error(lx, pos_at(lx, p), "invalid UTF-8 encoding");
		p += n ? n : 1;
	}
}

/* Is a non-ASCII rune a letter (or digit) that may appear in a name?  No
 * Unicode tables here: we reject the punctuation and symbols one meets in
 * practice (no-break space, typographic quotes and dashes, ×, ÷, CJK and
 * fullwidth punctuation) and take the rest for letters. */
static bool unicode_letter(int32_t r)
{
	if (r >= 0xa0 && r <= 0xbf)
		return r == 0xaa || r == 0xb5 || r == 0xba;
	if (r >= 0x2100 && r <= 0x214f) /* letterlike symbols: mostly letters */
		return true;
	return !(r == 0xd7 || r == 0xf7 || (r >= 0x2000 && r <= 0x2bff) ||
		 (r >= 0x3000 && r <= 0x303f) || (r >= 0xff00 && r <= 0xff0f) ||
		 (r >= 0xff1a && r <= 0xff20) || (r >= 0xfe30 && r <= 0xfe4f) || r == 0xfffd);
}

/* An identifier may hold bytes that are not UTF-8 (gc reports them and
 * keeps them in the name). */
static int check_ident(Lexer *lx)
{
	int32_t r;
	for (const unsigned char *p = lx->tok; p < lx->cur;) {
		int n = lex_utf8_decode(p, lx->cur, &r);
		if (n == 0)
			lex_error(lx, pos_at(lx, p), "invalid UTF-8 encoding");
		else if (r == 0xfeff)
			lex_error(lx, pos_at(lx, p), "invalid BOM in the middle of the file");
		else if (r >= 0x80 && !unicode_letter(r))
			lex_error(lx, pos_at(lx, p), "invalid character %s in identifier", fmt_U(r));
		p += n ? n : 1;
	}
	lx->bad = false; /* the name is still a name */
	return T_IDENT;
}

/* ---- blanks and comments ---- */

static int newline(Lexer *lx)
{
	lx->line++;
	lx->bol = lx->cur;
	return K_NEWLINE;
}

/* A // comment.  `//go:noescape` at the start of a line marks the next func. */
static int line_comment(Lexer *lx, Tok *t)
{
	static const char pragma[] = "//go:noescape";
	size_t n = (size_t)(lx->cur - lx->tok);
	if (t->pos.col == 1 && n >= sizeof pragma - 1 &&
	    memcmp(lx->tok, pragma, sizeof pragma - 1) == 0 &&
	    (n == sizeof pragma - 1 || isspace(lx->tok[sizeof pragma - 1])))
		lx->pragma_noescape = true;
	check_text(lx, lx->tok, lx->cur);
	return K_SKIP;
}

/* A block comment containing a newline acts as a newline (at the comment). */
static int block_comment(Lexer *lx, Tok *t)
{
	int line = lx->line;
	check_text(lx, lx->tok, lx->cur);
	return lx->line != line ? K_NEWLINE : K_SKIP;
}

/* An unclosed comment or raw string: report at its start, take the rest
 * of the file (a raw string is still a string token, as in gc). */
static int unterminated(Lexer *lx, Tok *t, int kind, const char *msg)
{
	lex_error(lx, t->pos, "%s", msg);
	count_lines(lx, lx->tok, lx->lim);
	lx->cur = lx->lim;
	return kind;
}

static int bad_char(Lexer *lx, Tok *t)
{
	int32_t r;
	if (lx->tok[0] == 0)
		lex_error(lx, t->pos, "invalid NUL character");
	else if (lex_utf8_decode(lx->tok, lx->lim, &r) == 0)
		lex_error(lx, t->pos, "invalid UTF-8 encoding");
	else
		lex_error(lx, t->pos, "invalid character %s", fmt_U(r));
	return K_SKIP;
}

/* ---- string and rune literals ---- */

/* Check the escapes and characters of an interpreted string or rune body
 * [p, end) (one line) with gc's messages; *count gets the number of
 * characters.  Returns false after an error. */
static bool check_body(Lexer *lx, const unsigned char *p, const unsigned char *end,
		       int quote, int *count)
{
	bool ok = true;
	int32_t r;
	*count = 0;
	while (p < end) {
		++*count;
		if (*p != '\\') {
			int n = lex_utf8_decode(p, end, &r);
			if (*p == 0 || n == 0) {
				lex_error(lx, pos_at(lx, p), *p ? "invalid UTF-8 encoding"
							     : "invalid NUL character");
				ok = false;
				n = 1;
			}
			p += n;
			continue;
		}
		p++; /* the character after the backslash */
		int ndig = 0, base = 0;
		uint32_t max = 255, v = 0;
		switch (*p) {
		case 'a': case 'b': case 'f': case 'n': case 'r': case 't': case 'v': case '\\':
			p++;
			continue;
		case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
			ndig = 3, base = 8;
			break;
		case 'x': ndig = 2, base = 16, p++; break;
		case 'u': ndig = 4, base = 16, max = 0x10ffff, p++; break;
		case 'U': ndig = 8, base = 16, max = 0x10ffff, p++; break;
		default:
			if (*p == quote) {
				p++;
				continue;
			}
			lex_error(lx, pos_at(lx, p), "unknown escape");
			return false;
		}
		for (int i = 0; i < ndig; i++, p++) {
			if (p >= lx->lim)
				return ok; /* "not terminated" is the caller's */
			int d = lex_digit_value(*p);
			if (d >= base) {
				lex_error(lx, pos_at(lx, p), "invalid character %s in %s escape",
					   quote_char(*p), base == 8 ? "octal" : "hexadecimal");
				return false;
			}
			v = v * base + d;
		}
		if (v > max && base == 8) {
			lex_error(lx, pos_at(lx, p), "octal escape value %u > 255", v);
			return false;
		}
		if (v > max || (v >= 0xd800 && v < 0xe000)) {
			lex_error(lx, pos_at(lx, p), "escape is invalid Unicode code point %s", fmt_U(v));
			return false;
		}
	}
	return ok;
}

static int check_string(Lexer *lx, Tok *t)
{
	int n;
	check_body(lx, lx->tok + 1, lx->cur - 1, '"', &n);
	return T_STRING;
}

/* "abc<newline> or "abc<EOF>: the token ends before the newline. */
static int unterminated_string(Lexer *lx, Tok *t)
{
	int n;
	if (check_body(lx, lx->tok + 1, lx->cur, '"', &n)) {
		if (lx->cur < lx->lim && *lx->cur == '\n')
			lex_error(lx, pos_at(lx, lx->cur), "newline in string");
		else
			lex_error(lx, t->pos, "string not terminated");
	}
	return T_STRING;
}

static int raw_string(Lexer *lx, Tok *t)
{
	check_text(lx, lx->tok, lx->cur);
	return T_STRING;
}

static int check_rune(Lexer *lx, Tok *t)
{
	int n;
	if (!check_body(lx, lx->tok + 1, lx->cur - 1, '\'', &n))
		return T_CHAR;
	if (n == 0)
		lex_error(lx, pos_at(lx, lx->cur - 1), "empty rune literal or unescaped '");
	else if (n > 1)
		lex_error(lx, t->pos, "more than one character in rune literal");
	return T_CHAR;
}

static int unterminated_rune(Lexer *lx, Tok *t)
{
	int n;
	if (check_body(lx, lx->tok + 1, lx->cur, '\'', &n)) {
		if (lx->cur < lx->lim && *lx->cur == '\n')
			lex_error(lx, pos_at(lx, lx->cur), "newline in rune literal");
		else
			lex_error(lx, t->pos, "rune literal not terminated");
	}
	return T_CHAR;
}

/* ---- numbers ---- */


/* The scanner's regular expressions accept a superset of Go's number syntax
 * (any digits for any base, underscores anywhere); this reports what gc
 * reports, at gc's positions. */
static int check_number(Lexer *lx, Tok *t, int kind)
{
	const unsigned char *s = lx->tok, *end = lx->cur, *p = s;
	int base = 10;
	const char *name = "decimal";
	if (end[-1] == 'i')
		end--;
	if (s[0] == '0' && end - s >= 2 && strchr("xXoObB", s[1])) {
		int c = tolower(s[1]);
		base = c == 'x' ? 16 : c == 'o' ? 8 : 2;
		name = c == 'x' ? "hexadecimal" : c == 'o' ? "octal" : "binary";
		p = s + 2;
	}
	/* the mantissa's digits */
	bool anydigit = false;
	const unsigned char *bad = NULL, *q = p;
	for (; q < end; q++) {
		if (*q == '_' || *q == '.')
			continue;
		if (base == 16 ? !isxdigit(*q) : !isdigit(*q))
			break;
		anydigit = true;
		if (lex_digit_value(*q) >= base && !bad)
			bad = q;
	}
	bool isfloat = q < end || memchr(p, '.', (size_t)(q - p)) != NULL;
	if (base != 10 && !anydigit) {
		lex_error(lx, pos_at(lx, lx->cur), "%s literal has no digits", name);
		return kind;
	}
	if (bad && !(base == 10 || (base == 16 && isfloat))) {
		lex_error(lx, pos_at(lx, bad), "invalid digit '%c' in %s literal", *bad, name);
		return kind;
	}
	/* legacy octal: 0777 (but 08.5 and 09e1 are decimal floats) */
	if (base == 10 && s[0] == '0' && !isfloat && kind != T_IMAG) {
		for (q = s; q < end; q++)
			if (*q != '_' && *q > '7') {
				lex_error(lx, pos_at(lx, q), "invalid digit '%c' in octal literal", *q);
				return kind;
			}
	}
	/* the exponent */
	if (base == 16 && isfloat && !memchr(p, 'p', (size_t)(end - p)) &&
	    !memchr(p, 'P', (size_t)(end - p))) {
		lex_error(lx, pos_at(lx, lx->cur), "hexadecimal mantissa requires a 'p' exponent");
		return kind;
	}
	for (q = p; q < end; q++)
		if ((base == 16 && (*q == 'p' || *q == 'P')) ||
		    (base == 10 && (*q == 'e' || *q == 'E'))) {
			const unsigned char *e = q + 1;
			if (e < end && (*e == '+' || *e == '-'))
				e++;
			bool digits = false;
			for (; e < end; e++)
				if (isdigit(*e))
					digits = true;
			if (!digits) {
				lex_error(lx, pos_at(lx, lx->cur), "exponent has no digits");
				return kind;
			}
			break;
		}
	/* separators: a '_' must follow a digit (or the base prefix) and be
	 * followed by one; gc blames the first '_' breaking the rule */
	const unsigned char *bad_sep = NULL;
	int prev = base != 10 ? 'd' : '.'; /* 'd' digit, '_', or '.' other */
	for (q = p; q < lx->cur && !bad_sep; q++) {
		if (*q == '_') {
			if (prev != 'd')
				bad_sep = q;
			prev = '_';
		} else if (isdigit(*q) || (base == 16 && isxdigit(*q))) {
			prev = 'd';
		} else {
			if (prev == '_')
				bad_sep = q - 1;
			prev = '.';
		}
	}
	if (!bad_sep && prev == '_')
		bad_sep = lx->cur - 1;
	if (bad_sep)
		lex_error(lx, pos_at(lx, bad_sep), "'_' must separate successive digits");
	return kind;
}
