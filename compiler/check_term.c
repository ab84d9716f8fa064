/*
 * check_term.c: terminating statements (the spec's rules, for "missing
 * return"), the position of a body's closing brace, where gc reports it,
 * and the spec's restrictions on goto.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_int.h"
#include "parse.h"

/* ---- terminating statements (spec) ---- */

static bool has_break(Node *s, const char *label, bool nested)
{
	if (!s)
		return false;
	switch (s->op) {
	case N_BRANCH:
		if (s->op_tok != T_BREAK)
			return false;
		if (!s->name)
			return !nested;
		return label && strcmp(s->name, label) == 0;
	case N_BLOCK:
		for (int i = 0; i < s->list.len; i++)
			if (has_break(s->list.v[i], label, nested))
				return true;
		return false;
	case N_IF:
		return has_break(s->body, label, nested) || has_break(s->els, label, nested);
	case N_LABELED:
		return has_break(s->left, label, nested);
	case N_FOR: case N_RANGE:
		return has_break(s->body, label, true);
	case N_SWITCH: case N_TYPESWITCH: case N_SELECT:
		for (int i = 0; i < s->list.len; i++)
			if (has_break(s->list.v[i]->body, label, true))
				return true;
		return false;
	case N_CASE: case N_COMMCASE:
		return has_break(s->body, label, nested);
	default:
		return false;
	}
}

static bool is_terminating(Node *s, const char *label)
{
	if (!s)
		return false;
	switch (s->op) {
	case N_RETURN:
		return true;
	case N_BRANCH:
		return s->op_tok == T_GOTO || s->op_tok == T_FALLTHROUGH;
	case N_EXPRSTMT: {
		Node *c = s->left;
		while (c && c->op == N_PAREN)
			c = c->left;
		if (c && c->op == N_CALL && c->left && c->left->op == N_IDENT &&
		    strcmp(c->left->name, "panic") == 0) {
			Obj *o = lookup("panic");
			return o && o->kind == OBJ_BUILTIN;
		}
		return false;
	}
	case N_BLOCK:
		return is_terminating_list(&s->list);
	case N_IF:
		return s->els && is_terminating(s->body, NULL) && is_terminating(s->els, NULL);
	case N_FOR:
		return !s->cond && !has_break(s->body, label, false);
	case N_LABELED:
		return is_terminating(s->left, s->name);
	case N_SWITCH: case N_TYPESWITCH: case N_SELECT: {
		bool def = s->op == N_SELECT;
		for (int i = 0; i < s->list.len; i++) {
			Node *c = s->list.v[i];
			if (c->is_default)
				def = true;
			if (has_break(c->body, label, false))
				return false;
			if (!is_terminating(c->body, NULL))
				return false;
		}
		return def;
	}
	default:
		return false;
	}
}

bool is_terminating_list(NodeList *l)
{
	for (int i = l->len - 1; i >= 0; i--) {
		Node *s = l->v[i];
		if (!s || s->op == N_EMPTY)
			continue;
		return is_terminating(s, NULL);
	}
	return false;
}

/* ---- the closing brace of a body ----
 * gc reports "missing return" at a function's closing '}', which the syntax
 * tree does not keep.  Find it in the source: from the opening '{', skip
 * strings, runes and comments and match braces. */

Pos closing_brace(Pos open)
{
	static const char *cached_file;
	static char *src;
	static long len;
	if (!open.file)
		return open;
	if (!cached_file || strcmp(cached_file, open.file) != 0) {
		FILE *f = fopen(open.file, "rb");
		if (!f)
			return open;
		free(src);
		src = NULL;
		len = 0;
		long cap = 0;
		int c;
		while ((c = getc(f)) != EOF) {
			if (len + 1 >= cap) {
				cap = cap ? 2 * cap : 4096;
				src = xrealloc(src, cap);
			}
			src[len++] = (char)c;
		}
		fclose(f);
		cached_file = open.file;
	}
	long i = 0;
	int line = 1;
	while (i < len && line < open.line)
		if (src[i++] == '\n')
			line++;
	long bol = i;
	i += open.col - 1;
	int depth = 0;
	for (; i < len; i++) {
		char c = src[i];
		if (c == '\n') {
			line++;
			bol = i + 1;
		} else if (c == '/' && i + 1 < len && src[i + 1] == '/') {
			while (i < len && src[i] != '\n')
				i++;
			i--;
		} else if (c == '/' && i + 1 < len && src[i + 1] == '*') {
			for (i += 2; i + 1 < len && !(src[i] == '*' && src[i + 1] == '/'); i++)
				if (src[i] == '\n') {
					line++;
					bol = i + 1;
				}
			i++;
		} else if (c == '"' || c == '\'') {
			for (i++; i < len && src[i] != c && src[i] != '\n'; i++)
				if (src[i] == '\\')
					i++;
		} else if (c == '`') {
			for (i++; i < len && src[i] != '`'; i++)
				if (src[i] == '\n') {
					line++;
					bol = i + 1;
				}
		} else if (c == '{') {
			depth++;
		} else if (c == '}') {
			if (--depth == 0)
				return (Pos){open.file, line, (int)(i - bol) + 1};
		}
	}
	return open;
}


/* ---- goto ----
 * A goto may not jump into a block, nor over a variable declaration of the
 * label's block (the spec; go1.19's wording).  Both are decided on the
 * syntax: every label and goto records its path of (block, index) pairs
 * from the function body down. */

typedef struct BPath {
	Node *blk[32];
	int idx[32];
	int n;
} BPath;

typedef struct JumpSite {
	Node *node; /* the N_LABELED or the N_BRANCH goto */
	BPath path;
} JumpSite;

static JumpSite *sites;
static int nsites, capsites;

static void add_site(Node *n, BPath *p)
{
	if (nsites == capsites) {
		capsites = capsites ? 2 * capsites : 16;
		sites = xrealloc(sites, capsites * sizeof *sites);
	}
	sites[nsites].node = n;
	sites[nsites].path = *p;
	nsites++;
}

static void walk_block(Node *blk, BPath *p);

static void walk_stmt(Node *s, BPath *p)
{
	if (!s)
		return;
	switch (s->op) {
	case N_LABELED:
		add_site(s, p);
		walk_stmt(s->left, p);
		break;
	case N_BRANCH:
		if (s->op_tok == T_GOTO)
			add_site(s, p);
		break;
	case N_BLOCK:
		walk_block(s, p);
		break;
	case N_IF:
		walk_block(s->body, p);
		if (s->els)
			walk_stmt(s->els, p);
		break;
	case N_FOR: case N_RANGE:
		walk_block(s->body, p);
		break;
	case N_SWITCH: case N_TYPESWITCH: case N_SELECT:
		for (int i = 0; i < s->list.len; i++)
			walk_block(s->list.v[i]->body, p);
		break;
	default:
		break;
	}
}

static void walk_block(Node *blk, BPath *p)
{
	if (!blk || p->n >= 32)
		return;
	int d = p->n++;
	p->blk[d] = blk;
	for (int i = 0; i < blk->list.len; i++) {
		p->idx[d] = i;
		walk_stmt(blk->list.v[i], p);
	}
	p->n--;
}

static Node *declares(Node *s)
{
	if (s && ((s->op == N_ASSIGN && s->op_tok == T_DEFINE) || s->op == N_VARDECL))
		return s;
	return NULL;
}

void check_gotos(Node *body)
{
	nsites = 0;
	BPath p = {0};
	walk_block(body, &p);
	for (int g = 0; g < nsites; g++) {
		Node *gs = sites[g].node;
		if (gs->op != N_BRANCH || !gs->name)
			continue;
		JumpSite *lab = NULL;
		for (int l = 0; l < nsites; l++)
			if (sites[l].node->op == N_LABELED && strcmp(sites[l].node->name, gs->name) == 0)
				lab = &sites[l];
		if (!lab)
			continue;
		BPath *gp = &sites[g].path, *lp = &lab->path;
		Pos at = gs->pos;
		at.col += 5;
		/* the deepest common block */
		int d = 0;
		while (d < gp->n && d < lp->n && gp->blk[d] == lp->blk[d])
			d++;
		if (d < lp->n) {
			/* the label's block is not one the goto is in: go1.19 names the
			 * innermost block around the label */
			Node *b = lp->blk[lp->n - 1];
			diag_error(at, "goto %s jumps into block starting at %s", gs->name, diag_pos(b->pos));
			continue;
		}
		/* the label is in the goto's block d-1 (or an enclosing one) */
		int depth = lp->n - 1;
		Node *blk = lp->blk[depth];
		int gi = gp->idx[depth], li = lp->idx[depth];
		/* go1.19 names the last declaration jumped over */
		for (int i = li - 1; i > gi; i--) {
			Node *s = declares(blk->list.v[i]);
			if (s) {
				const char *name = s->list.len ? s->list.v[0]->name : "?";
				Pos dp = s->op == N_VARDECL && s->list.len ? s->list.v[0]->pos : s->pos;
				diag_error(at, "goto %s jumps over declaration of %s at %s", gs->name, name, diag_pos(dp));
				break;
			}
		}
	}
}
