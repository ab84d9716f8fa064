/*
 * esc_leaks.c: parameter tags (gc's escape/leaks.go and paramTag).
 *
 * A function's summary for its callers is one Leaks per parameter (the
 * receiver first): the minimal deref count of any flow from the parameter to
 * the heap, and to each of the first 7 results.  gc stores it in export
 * data as a string ("" = leaks to the heap; "esc:" + bytes otherwise);
 * gofront keeps the bytes in EscFunc.tags for the functions of the file and
 * reads the std library's summaries from Obj.esctag (set by stdlib.c).
 *
 * esc_param_tags() is the first half of gc's finish(): it optimizes each
 * parameter's leak set and prints the parameter lines of -m:
 * "leaking param: p", "leaking param content: p",
 * "leaking param: p to result ~r0 level=0" and "p does not escape".
 */
#include <stdlib.h>
#include <string.h>

#include "escape.h"

static int leaks_get(const Leaks *l, int i) { return (int)l->v[i] - 1; }

static void leaks_set(Leaks *l, int i, int derefs)
{
	int v = derefs + 1;
	if (v < 0)
		v = 0;
	if (v > 255)
		v = 255;
	l->v[i] = (uint8_t)v;
}

static void leaks_add(Leaks *l, int i, int derefs)
{
	int old = leaks_get(l, i);
	if (old < 0 || derefs < old)
		leaks_set(l, i, derefs);
}

int esc_leaks_heap(const Leaks *l) { return leaks_get(l, 0); }
int esc_leaks_result(const Leaks *l, int i) { return leaks_get(l, 1 + i); }
void esc_leaks_add_heap(Leaks *l, int derefs) { leaks_add(l, 0, derefs); }
void esc_leaks_add_result(Leaks *l, int i, int derefs) { leaks_add(l, 1 + i, derefs); }

bool esc_leaks_empty(const Leaks *l)
{
	for (int i = 0; i < 1 + ESC_NUM_RESULTS; i++)
		if (l->v[i])
			return false;
	return true;
}

/* Drop result flows at least as long as the shortest heap flow. */
void esc_leaks_optimize(Leaks *l)
{
	int x = esc_leaks_heap(l);
	if (x >= 0)
		for (int i = 0; i < ESC_NUM_RESULTS; i++)
			if (esc_leaks_result(l, i) >= x)
				l->v[1 + i] = 0;
}

/* gc's Encode (buf: at least 16 bytes).  For dumps and tests. */
const char *esc_leaks_encode(const Leaks *l, char *buf)
{
	if (esc_leaks_heap(l) == 0)
		return "";
	int n = 1 + ESC_NUM_RESULTS;
	while (n > 0 && l->v[n - 1] == 0)
		n--;
	memcpy(buf, "esc:", 4);
	memcpy(buf + 4, l->v, (size_t)n);
	buf[4 + n] = 0; /* may contain NULs: callers use the bytes, not strlen */
	return buf;
}

/* gc's parseLeaks: anything not starting with "esc:" leaks to the heap. */
Leaks esc_leaks_parse(const char *s)
{
	Leaks l = {0};
	if (!s || strncmp(s, "esc:", 4) != 0) {
		esc_leaks_add_heap(&l, 0);
		return l;
	}
	for (int i = 0; i < 1 + ESC_NUM_RESULTS && s[4 + i]; i++)
		l.v[i] = (uint8_t)s[4 + i];
	return l;
}

/* ---- the std library's tags ----
 *
 * stdlib.c writes Obj.esctag in a readable form: one entry per parameter,
 * receiver first for methods, separated by ';'.  An entry is a
 * comma-separated list of flows, empty (or "-") for none:
 *   "heap"       leaks to the heap (gc's "leaking param: p"), = "heap=0"
 *   "content"    leaks its content (gc's "leaking param content: p"), = "heap=1"
 *   "rN" / "rN=L" flows to result N at level L (default 0)
 * e.g. fmt.Println: "content"; strings.Builder.String: "r0=1";
 * strings.TrimSpace: "r0".  The decoder also accepts gc's binary "esc:"
 * strings and treats anything it cannot read as a full leak (gc's rule for
 * untagged functions). */
static Leaks parse_entry(const char *s, size_t n)
{
	Leaks l = {0};
	size_t i = 0;
	while (i < n) {
		while (i < n && (s[i] == ' ' || s[i] == ','))
			i++;
		size_t j = i;
		while (j < n && s[j] != ',')
			j++;
		const char *w = s + i;
		size_t wn = j - i;
		while (wn > 0 && w[wn - 1] == ' ')
			wn--;
		if (wn == 0 || (wn == 1 && w[0] == '-') || (wn == 4 && !strncmp(w, "none", 4))) {
			/* no flow */
		} else if (!strncmp(w, "heap", 4) || !strncmp(w, "leak", 4)) {
			const char *eq = memchr(w, '=', wn);
			esc_leaks_add_heap(&l, eq ? atoi(eq + 1) : 0);
		} else if (!strncmp(w, "content", 7)) {
			esc_leaks_add_heap(&l, 1);
		} else if (w[0] == 'r' || w[0] == '~') {
			const char *p = w;
			while (p < w + wn && (*p < '0' || *p > '9'))
				p++;
			int ri = atoi(p);
			const char *eq = memchr(w, '=', wn);
			if (!eq)
				eq = memchr(w, ':', wn);
			int lvl = eq ? atoi(eq + 1) : 0;
			if (ri < ESC_NUM_RESULTS)
				esc_leaks_add_result(&l, ri, lvl);
			else
				esc_leaks_add_heap(&l, lvl);
		} else {
			esc_leaks_add_heap(&l, 0);
		}
		i = j + 1;
	}
	return l;
}

static Leaks std_tag(const char *tag, int slot)
{
	if (!tag) {
		Leaks l = {0};
		esc_leaks_add_heap(&l, 0);
		return l;
	}
	if (!strncmp(tag, "esc:", 4))
		return esc_leaks_parse(tag);
	const char *s = tag;
	for (int k = 0; k < slot; k++) {
		const char *semi = strchr(s, ';');
		if (!semi) {
			/* fewer entries than params: the last one repeats
			 * (variadic tails), else no flow */
			Leaks l = {0};
			return l;
		}
		s = semi + 1;
	}
	const char *semi = strchr(s, ';');
	return parse_entry(s, semi ? (size_t)(semi - s) : strlen(s));
}

/* The tag of callee fn's receiver (pi == -1) or parameter pi. */
Leaks esc_param_tag(Obj *fn, Func *f, int pi)
{
	if (f) {
		EscFunc *ef = esc_func(f);
		if (ef->tags && pi + 1 < ef->ntags)
			return ef->tags[pi + 1];
		Leaks l = {0};
		if (!f->body && f->noescape)
			return l; /* //go:noescape */
		esc_leaks_add_heap(&l, 0);
		return l;
	}
	/* a std function or method: slot 0 is the receiver for methods */
	int slot = pi;
	if (fn->recv_type)
		slot = pi + 1;
	if (slot < 0)
		slot = 0;
	return std_tag(fn->esctag, slot);
}

static const char *result_name(Func *fn, int i)
{
	EscFunc *ef = esc_func(fn);
	if (i < ef->nresults && ef->results[i] && ef->results[i]->obj)
		return ef->results[i]->obj->name;
	return xprintf("~r%d", i);
}

/* paramTag for one parameter, printing its -m line. */
static Leaks param_tag(EscBatch *b, Func *fn, Obj *p)
{
	Leaks esc = {0};
	if (!types_has_pointers(p->type)) {
		/* gc tags scalars "", which reads as a leak: it matters only
		 * for (*T).M(&t) method expressions of value methods */
		esc_leaks_add_heap(&esc, 0);
		return esc;
	}
	/* unnamed (~p0, ~b0) and blank parameters */
	if (!p->name || strcmp(p->name, "_") == 0 || p->name[0] == '~')
		return esc;
	EscLoc *loc = esc_old_loc(p);
	esc = loc->param_esc;
	esc_leaks_optimize(&esc);
	if (b->mflag && !loc->escapes && !esc_func(fn)->wrapper) {
		if (esc_leaks_empty(&esc))
			diag_m(p->pos, "%s does not escape", p->name);
		int x = esc_leaks_heap(&esc);
		if (x == 0)
			diag_m(p->pos, "leaking param: %s", p->name);
		else if (x > 0)
			diag_m(p->pos, "leaking param content: %s", p->name);
		for (int i = 0; i < ESC_NUM_RESULTS; i++) {
			int r = esc_leaks_result(&esc, i);
			if (r >= 0)
				diag_m(p->pos, "leaking param: %s to result %s level=%d", p->name,
				       result_name(fn, i), r);
		}
	}
	return esc;
}

/* A function without a body: its params leak unless //go:noescape. */
static void bodyless_tags(EscBatch *b, Func *fn)
{
	EscFunc *ef = esc_func(fn);
	int nparams = fn->type ? fn->type->fields.len : 0;
	ef->ntags = 1 + nparams;
	ef->tags = xmalloc(sizeof(Leaks) * (size_t)ef->ntags);
	for (int i = -1; i < nparams; i++) {
		if (i < 0) {
			/* the receiver */
			Node *r = fn->recv;
			Type *rt = fn->recv_obj ? fn->recv_obj->type : NULL;
			if (!rt && fn->obj && fn->obj->recv_type)
				rt = fn->obj->ptr_recv ? types_ptr(fn->obj->recv_type) : fn->obj->recv_type;
			if (!r || !rt)
				continue;
			if (!types_has_pointers(rt)) {
				esc_leaks_add_heap(&ef->tags[0], 0);
				continue;
			}
			if (fn->noescape) {
				if (b->mflag && r->name)
					diag_m(r->pos, "%s does not escape", r->name);
			} else {
				if (b->mflag && r->name)
					diag_m(r->pos, "leaking param: %s", r->name);
				esc_leaks_add_heap(&ef->tags[0], 0);
			}
			continue;
		}
		/* names and positions from the syntax: canonical func types
		 * share their Fields between declarations */
		Node *syn = i < fn->params.len ? fn->params.v[i] : NULL;
		const char *name = syn ? syn->name : NULL;
		Pos pos = syn ? syn->pos : fn->pos;
		Type *t = fn->type->fields.v[i].type;
		Leaks *l = &ef->tags[1 + i];
		if (t && t->kind == TY_UINTPTR) {
			if (b->mflag)
				diag_m(pos, "assuming %s is unsafe uintptr",
				       name ? name : xprintf("arg#%d", i + 1));
			esc_leaks_add_heap(l, 0);
			continue;
		}
		if (!types_has_pointers(t)) {
			esc_leaks_add_heap(l, 0);
			continue;
		}
		if (fn->noescape) {
			if (b->mflag && name)
				diag_m(pos, "%s does not escape", name);
		} else {
			if (b->mflag && name)
				diag_m(pos, "leaking param: %s", name);
			esc_leaks_add_heap(l, 0);
		}
	}
	ef->state = ESCF_TAGGED;
}

/* Record the tags of fn's receiver and params (and print their lines). */
void esc_param_tags(EscBatch *b, Func *fn)
{
	if (!fn->body) {
		bodyless_tags(b, fn);
		return;
	}
	EscFunc *ef = esc_func(fn);
	int nparams = fn->type ? fn->type->fields.len : 0;
	ef->ntags = 1 + nparams;
	ef->tags = xmalloc(sizeof(Leaks) * (size_t)ef->ntags);
	/* unnamed and blank parameters never escape: empty tags */
	Obj *byidx[1 + 64] = {0};
	Obj **ps = nparams + 1 <= 65 ? byidx : xmalloc(sizeof(Obj *) * (size_t)(nparams + 1));
	for (int i = 0; i < fn->ndcl; i++) {
		Obj *o = fn->dcl[i];
		if (o->kind == OBJ_VAR && o->vclass == VC_PARAM && o->index >= -1 && o->index < nparams)
			ps[o->index + 1] = o;
	}
	for (int i = 0; i < ef->ntags; i++) {
		if (ps[i])
			ef->tags[i] = param_tag(b, fn, ps[i]);
		else if (i > 0 && !types_has_pointers(fn->type->fields.v[i - 1].type))
			esc_leaks_add_heap(&ef->tags[i], 0); /* an unnamed scalar: "" */
	}
	ef->state = ESCF_TAGGED;
}
