/*
 * check_type.c: type expressions, signatures, methods and selectors.
 *
 * resolve_type() turns type syntax into canonical Types (types.c).  Named
 * types are completed lazily by resolve_obj(), which publishes the named
 * Type before resolving its underlying type, so `type L struct{ next *L }`
 * works; a named type still without an underlying type met as a struct
 * field or array element is an invalid recursive type.
 *
 * Selectors follow the spec's depth rule: lookup_field_or_method() searches
 * the embedded fields breadth first, one depth at a time; the shallowest
 * match wins and two matches at one depth are ambiguous.  The Selection
 * records the path of embedded fields, which check_expr.c turns into an
 * explicit chain of implicit N_DOT/N_DOTPTR nodes.
 */
#include <stdlib.h>
#include <string.h>

#include "check_int.h"
#include "parse.h"

Type *deref_type(Type *t)
{
	if (t && t->kind == TY_PTR && t->elem)
		return t->elem;
	return t;
}

static int cmp_field_name(const void *a, const void *b);

static bool incomplete(Type *t)
{
	return t && t->sym && t->kind == TY_BAD && t->underlying == t;
}

static Type *type_of_ident(Node *syn, bool report)
{
	Obj *o = lookup(syn->name);
	if (!o) {
		if (report)
			diag_error(syn->pos, "undefined: %s", syn->name);
		return NULL;
	}
	if (o->kind != OBJ_TYPE) {
		if (o->kind == OBJ_VAR)
			o->used = true;
		if (report)
			diag_error(syn->pos, "%s is not a type", syn->name);
		return NULL;
	}
	resolve_obj(o);
	if (o->type == ty_complex64 || o->type == ty_complex128) {
		if (report)
			diag_error(syn->pos, "complex numbers not supported");
	}
	return o->type;
}

static Type *struct_type(Node *syn)
{
	FieldList fl = {0};
	for (int i = 0; i < syn->list.len; i++) {
		Node *f = syn->list.v[i];
		Type *ft = resolve_type(f->right);
		if (!ft)
			ft = ty_invalid;
		if (incomplete(ft) && being_resolved(ft->sym)) {
			report_cycle(ft->sym);
			ft = ty_invalid;
		}
		Field fd = {.name = f->name, .type = ft, .pos = f->pos};
		if (!f->name) {
			/* embedded: the field is named for its type */
			Node *b = f->right;
			while (b && (b->op == N_STAR || b->op == N_PAREN))
				b = b->left;
			fd.embedded = true;
			fd.name = b && b->name ? b->name : "?";
			if (ft->kind == TY_PTR && ft->elem && ft->elem->kind == TY_PTR)
				diag_error(f->pos, "embedded field type cannot be a pointer to a pointer");
		}
		for (int j = 0; j < fl.len; j++)
			if (strcmp(fl.v[j].name, fd.name) == 0 && strcmp(fd.name, "_") != 0)
				diag_error(f->pos, "%s redeclared\n\t%s: other declaration of %s", fd.name,
				           diag_pos(fl.v[j].pos), fd.name);
		fieldlist_push(&fl, fd);
	}
	return types_struct(fl);
}

static Type *iface_type(Node *syn)
{
	FieldList ms = {0};
	Type *pending[8];
	int npending = 0;
	for (int i = 0; i < syn->list.len; i++) {
		Node *f = syn->list.v[i];
		if (f->name) {
			Type *sig = NULL;
			if (f->right && f->right->op == N_FUNCTYPE && f->right->func_)
				sig = func_signature(f->right->func_, false, NULL);
			if (!sig)
				continue;
			fieldlist_push(&ms, (Field){.name = f->name, .type = sig, .pos = f->pos});
			continue;
		}
		Type *e = resolve_type(f->right);
		if (!e)
			continue;
		if (incomplete(e)) {
			if (npending < 8)
				pending[npending++] = e;
			continue;
		}
		if (e->kind != TY_INTERFACE) {
			diag_error(f->pos, "interface contains type constraints not supported");
			continue;
		}
		for (int j = 0; j < e->methods.len; j++) {
			bool dup = false;
			for (int k = 0; k < ms.len; k++)
				if (strcmp(ms.v[k].name, e->methods.v[j].name) == 0)
					dup = true;
			if (!dup)
				fieldlist_push(&ms, e->methods.v[j]);
		}
	}
	for (int i = 0; i < ms.len; i++)
		for (int j = i + 1; j < ms.len; j++)
			if (strcmp(ms.v[i].name, ms.v[j].name) == 0)
				diag_error(ms.v[j].pos, "duplicate method %s", ms.v[j].name);
	if (npending == 0)
		return types_interface(ms);
	/* it embeds an interface still being defined: a private (not
	 * canonical) type, completed by type_completed() */
	Type *it = types_new(TY_INTERFACE);
	it->methods = ms;
	if (ms.len > 1)
		qsort(it->methods.v, ms.len, sizeof(Field), cmp_field_name);
	for (int i = 0; i < npending; i++)
		type_wait(NULL, it, pending[i]);
	return it;
}

static long array_len(Node *syn)
{
	Node *x = check_expr(syn);
	if (!x)
		return 0;
	if (x->op != N_CONST) {
		diag_error(syn->pos, "array length %s must be constant", expr_str(syn));
		return 0;
	}
	Const v;
	bool ovf;
	if (!types_is_numeric(x->type) || !const_representable(&x->val, ty_int, &v, &ovf)) {
		if (types_is_numeric(x->type) && x->val.kind == CV_FLOAT)
			diag_error(syn->pos, "array length %s (untyped float constant) must be integer", expr_str(syn));
		else
			diag_error(syn->pos, "array length %s must be integer", operand_str(x));
		return 0;
	}
	if (v.i < 0) {
		diag_error(start_pos(syn), "invalid array length %s", operand_str(x));
		return 0;
	}
	return (long)v.i;
}

Type *resolve_type(Node *syn)
{
	if (!syn)
		return NULL;
	switch (syn->op) {
	case N_IDENT:
		return type_of_ident(syn, true);
	case N_PAREN:
		return resolve_type(syn->left);
	case N_SELECTOR: {
		if (syn->left && syn->left->op == N_IDENT) {
			Obj *p = lookup(syn->left->name);
			if (p && p->kind == OBJ_PKG) {
				p->used = true;
				if (!p->pkg)
					return NULL;
				Obj *m = std_member(p->pkg, syn->name);
				if (!m) {
					if (std_go_has(p->pkg, syn->name)) /* valid Go, outside the subset */
						diag_error(syn->pos, "%s.%s not supported", p->name, syn->name);
					else
						diag_error(syn->pos, "undefined: %s.%s", p->name, syn->name);
					return NULL;
				}
				if (m->kind != OBJ_TYPE) {
					diag_error(syn->pos, "%s.%s is not a type", p->name, syn->name);
					return NULL;
				}
				return m->type;
			}
			if (!p) {
				diag_error(syn->left->pos, "undefined: %s", syn->left->name);
				return NULL;
			}
		}
		diag_error(syn->pos, "%s is not a type", expr_str(syn));
		return NULL;
	}
	case N_STAR: {
		Type *e = resolve_type(syn->left);
		return e ? types_ptr(e) : NULL;
	}
	case N_ARRAYTYPE: {
		if (!syn->left) {
			diag_error(syn->pos, "invalid use of [...] array (outside a composite literal)");
			return NULL;
		}
		long n = array_len(syn->left);
		Type *e = resolve_type(syn->right);
		if (!e)
			return NULL;
		if (incomplete(e) && being_resolved(e->sym)) {
			report_cycle(e->sym);
			return NULL;
		}
		/* gc's limit on amd64 (types.MaxWidth, 1<<50 bytes); only huge
		 * lengths pay for computing the element's size */
		if (n >= (1L << 50) / 1024 && !incomplete(e)) {
			long es = types_size(e);
			if (es > 0 && n >= (1L << 50) / es) {
				Type *at = types_array(e, n);
				diag_error(syn->pos, "type %s larger than address space", types_str2(at));
				return NULL;
			}
		}
		return types_array(e, n);
	}
	case N_SLICETYPE: {
		Type *e = resolve_type(syn->right);
		return e ? types_slice(e) : NULL;
	}
	case N_MAPTYPE: {
		Type *k = resolve_type(syn->left), *v = resolve_type(syn->right);
		if (!k || !v)
			return NULL;
		if (!incomplete(k) && !types_comparable(k)) {
			diag_error(syn->left->pos, "invalid map key type %s", types_str2(k));
			return NULL;
		}
		return types_map(k, v);
	}
	case N_CHANTYPE: {
		Type *e = resolve_type(syn->right);
		return e ? types_chan(e, syn->chan_dir) : NULL;
	}
	case N_UNARY:
		/* `<-chan T` where an operand may stand: the parser reads a receive
		 * applied to `chan T` */
		if (syn->op_tok == T_ARROW && syn->left && syn->left->op == N_CHANTYPE &&
		    syn->left->chan_dir == 0) {
			Type *e = resolve_type(syn->left->right);
			return e ? types_chan(e, 2) : NULL;
		}
		diag_error(syn->pos, "%s is not a type", expr_str(syn));
		return NULL;
	case N_FUNCTYPE:
		return syn->func_ ? func_signature(syn->func_, false, NULL) : NULL;
	case N_STRUCTTYPE:
		return struct_type(syn);
	case N_IFACETYPE:
		return iface_type(syn);
	case N_ELLIPSIS:
		diag_error(syn->pos, "invalid use of ...");
		return NULL;
	case N_INDEX:
		diag_error(syn->pos, "generic types not supported");
		return NULL;
	default:
		diag_error(syn->pos, "%s is not a type", expr_str(syn));
		return NULL;
	}
}

/* Does syn denote a type?  (For T(x) conversions and composite literals.)
 * No errors are reported; returns NULL when it is not a type. */
Type *try_type(Node *syn)
{
	if (!syn)
		return NULL;
	switch (syn->op) {
	case N_IDENT: {
		Obj *o = lookup(syn->name);
		if (!o || o->kind != OBJ_TYPE)
			return NULL;
		return type_of_ident(syn, true);
	}
	case N_PAREN:
		return try_type(syn->left);
	case N_SELECTOR: {
		if (!syn->left || syn->left->op != N_IDENT)
			return NULL;
		Obj *p = lookup(syn->left->name);
		if (!p || p->kind != OBJ_PKG)
			return NULL;
		Obj *m = std_member(p->pkg, syn->name);
		if (!m || m->kind != OBJ_TYPE)
			return NULL;
		p->used = true;
		return m->type;
	}
	case N_STAR: {
		Type *e = try_type(syn->left);
		return e ? types_ptr(e) : NULL;
	}
	case N_ARRAYTYPE: case N_SLICETYPE: case N_MAPTYPE: case N_CHANTYPE: case N_FUNCTYPE:
	case N_STRUCTTYPE: case N_IFACETYPE:
		return resolve_type(syn);
	case N_UNARY:
		if (syn->op_tok == T_ARROW && syn->left && syn->left->op == N_CHANTYPE &&
		    syn->left->chan_dir == 0)
			return resolve_type(syn);
		return NULL;
	default:
		return NULL;
	}
}

/* ---- types waiting for a named type to complete ----
 * `type T2 T1` while T1 is still being defined (T1 struct{ next *T2 }), or
 * an interface embedding an interface still being defined (I2{ I1 } with
 * I1{ m() I2 }), is legal Go: the waiting type is finished when the other
 * one is (type_completed).  What still waits after all declarations are
 * resolved is a true cycle (type_report_pending). */

typedef struct Wait {
	Type *on;     /* the incomplete named type */
	Type *named;  /* a named type whose underlying type is `on`'s, or NULL */
	Type *iface;  /* an interface that embeds `on`, or NULL */
	bool done;
} Wait;

static Wait *waits;
static int nwaits, capwaits;

void type_wait(Type *named, Type *iface, Type *on)
{
	if (nwaits == capwaits) {
		capwaits = capwaits ? 2 * capwaits : 8;
		waits = xrealloc(waits, capwaits * sizeof *waits);
	}
	waits[nwaits++] = (Wait){on, named, iface, false};
}

static int cmp_field_name(const void *a, const void *b)
{
	return strcmp(((const Field *)a)->name, ((const Field *)b)->name);
}

void type_completed(Type *t)
{
	for (int i = 0; i < nwaits; i++) {
		Wait *w = &waits[i];
		if (w->done || w->on != t)
			continue;
		w->done = true;
		if (w->named) {
			types_set_underlying(w->named, t);
			type_completed(w->named);
		} else if (w->iface) {
			Type *it = w->iface;
			for (int j = 0; j < t->methods.len; j++) {
				bool dup = false;
				for (int k = 0; k < it->methods.len; k++)
					if (strcmp(it->methods.v[k].name, t->methods.v[j].name) == 0)
						dup = true;
				if (!dup)
					fieldlist_push(&it->methods, t->methods.v[j]);
			}
			qsort(it->methods.v, it->methods.len, sizeof(Field), cmp_field_name);
			type_refresh_methods(it);
		}
	}
}

/* A named type that contains itself by value (through struct fields and
 * array elements, not pointers) has no finite size. */
static bool contains(Type *t, Type *target, int depth)
{
	if (!t || depth > 64)
		return false;
	if (t == target && depth > 0)
		return true;
	if (t->sym && depth > 0 && t->kind == TY_BAD)
		return false;
	switch (t->kind) {
	case TY_ARRAY:
		return contains(t->elem, target, depth + 1);
	case TY_STRUCT:
		for (int i = 0; i < t->fields.len; i++)
			if (contains(t->fields.v[i].type, target, depth + 1))
				return true;
		return false;
	default:
		return false;
	}
}

void type_check_sizes(Type **named, int n)
{
	for (int i = 0; i < n; i++) {
		Type *t = named[i];
		if (t->sym && contains(t, t, 0)) {
			report_cycle(t->sym);
			t->kind = TY_BAD;
			t->fields.len = 0;
		}
	}
}

/* Interfaces that embed themselves, directly or through other package-level
 * interfaces (type I interface{ J }; type J interface{ I }), are invalid
 * recursive types; resolution merges the method sets without noticing, so
 * the embedding graph is walked over the syntax afterwards.  path holds the
 * chain from o; true when it leads back to o (reported as gc does). */
static Node *iface_syntax(Obj *t)
{
	Decl *d = t && t->kind == OBJ_TYPE ? decl_of(t) : NULL;
	Node *spec = d ? d->spec : NULL;
	return spec && spec->op == N_TYPEDECL && !spec->is_alias && spec->right &&
	               spec->right->op == N_IFACETYPE
	           ? spec->right
	           : NULL;
}

static bool iface_cycle_from(Obj *o, Obj **path, int n)
{
	Node *it = iface_syntax(path[n - 1]);
	if (!it || n >= 32)
		return false;
	for (int i = 0; i < it->list.len; i++) {
		Node *f = it->list.v[i];
		if (!f || f->name || !f->right || f->right->op != N_IDENT)
			continue;
		Obj *e = scope_lookup_local(ck.pkg, f->right->name);
		if (e == o) {
			char *msg = xprintf("invalid recursive type %s", o->name);
			for (int j = 0; j < n; j++) {
				Decl *dj = decl_of(path[j]);
				if (dj)
					dj->cycle_reported = true;
				msg = xprintf("%s\n\t%s: %s refers to", msg, diag_pos(path[j]->pos), path[j]->name);
			}
			diag_error(o->pos, "%s\n\t%s: %s", msg, diag_pos(o->pos), o->name);
			return true;
		}
		bool seen = false;
		for (int j = 0; j < n; j++)
			seen |= path[j] == e;
		if (!seen && iface_syntax(e)) {
			path[n] = e;
			if (iface_cycle_from(o, path, n + 1))
				return true;
		}
	}
	return false;
}

void type_check_iface_cycle(Obj *o)
{
	Decl *d = decl_of(o);
	if (!iface_syntax(o) || (d && d->cycle_reported))
		return;
	Obj *path[33] = {o};
	iface_cycle_from(o, path, 1);
}

void type_report_pending(void)
{
	for (int i = 0; i < nwaits; i++) {
		Wait *w = &waits[i];
		if (w->done)
			continue;
		w->done = true;
		Type *who = w->named ? w->named : w->on;
		if (who && who->sym)
			report_cycle(who->sym);
	}
}

/* ---- signatures ---- */

static Obj *param_obj(Func *fn, const char *name, Pos pos, Type *t, VarClass vc, int index)
{
	Obj *o = obj_new(OBJ_VAR, name, pos, t);
	o->vclass = vc;
	o->owner = fn;
	o->index = index;
	o->used = true;
	func_add_dcl(fn, o);
	if (name[0] != '~' && strcmp(name, "_") != 0)
		scope_insert(ck.scope, o);
	return o;
}

/* The signature of fn (receiver excluded).  With declare, the receiver,
 * parameters and results are declared as variables in the current scope and
 * appended to fn->dcl (receiver, params, results). */
/* Duplicate parameter names (also in func types and interface methods,
 * where nothing is declared). */
static void check_dup_params(Func *fn)
{
	Node *all[256];
	int n = 0;
	if (fn->recv && n < 256)
		all[n++] = fn->recv;
	for (int i = 0; i < fn->params.len && n < 256; i++)
		all[n++] = fn->params.v[i];
	for (int i = 0; i < fn->results.len && n < 256; i++)
		all[n++] = fn->results.v[i];
	for (int i = 0; i < n; i++) {
		if (!all[i]->name || !strcmp(all[i]->name, "_"))
			continue;
		for (int j = 0; j < i; j++)
			if (all[j]->name && !strcmp(all[j]->name, all[i]->name)) {
				diag_error(all[i]->pos, "%s redeclared in this block\n\t%s: other declaration of %s",
				           all[i]->name, diag_pos(all[j]->pos), all[i]->name);
				break;
			}
	}
}

Type *func_signature(Func *fn, bool declare, Obj **recv_out)
{
	FieldList params = {0}, results = {0};
	bool variadic = false;
	if (!declare)
		check_dup_params(fn);
	if (declare && fn->recv) {
		Node *r = fn->recv;
		Type *rt = resolve_type(r->right);
		/* gc gives unnamed and blank parameters no name at all; gofront
		 * names them ~b (receiver) and ~b<i> (params), which -m never
		 * reports, and results ~r<i> (unnamed) / ~b<i> (blank) as gc does. */
		const char *name = r->name && strcmp(r->name, "_") ? r->name : "~b";
		Obj *o = param_obj(fn, name, r->name ? r->pos : fn->pos, rt ? rt : ty_int, VC_PARAM, -1);
		fn->recv_obj = o;
		if (recv_out)
			*recv_out = o;
	}
	for (int i = 0; i < fn->params.len; i++) {
		Node *p = fn->params.v[i];
		Node *tsyn = p->right;
		bool dots = p->is_dots;
		if (tsyn && tsyn->op == N_ELLIPSIS) {
			dots = true;
			tsyn = tsyn->right;
		}
		Type *t = resolve_type(tsyn);
		if (!t)
			t = ty_invalid;
		if (dots) {
			if (i != fn->params.len - 1)
				diag_error(p->pos, "can only use ... with final parameter in list");
			else
				variadic = true;
			t = types_slice(t);
		}
		fieldlist_push(&params, (Field){.name = p->name, .type = t, .pos = p->pos});
		if (declare) {
			const char *name = p->name;
			if (!name)
				name = xprintf("~b%d", i);
			else if (!strcmp(name, "_"))
				name = xprintf("~b%d", i);
			param_obj(fn, name, p->name ? p->pos : fn->pos, t, VC_PARAM, i);
		}
	}
	for (int i = 0; i < fn->results.len; i++) {
		Node *p = fn->results.v[i];
		Type *t = resolve_type(p->right);
		if (!t)
			t = ty_invalid;
		fieldlist_push(&results, (Field){.name = p->name, .type = t, .pos = p->pos});
		if (declare) {
			const char *name = p->name;
			if (!name)
				name = xprintf("~r%d", i);
			else if (!strcmp(name, "_"))
				name = xprintf("~b%d", i);
			param_obj(fn, name, p->name ? p->pos : fn->pos, t, VC_RESULT, i);
		}
	}
	Type *sig = types_func(params, results, variadic);
	fn->type = sig;
	return sig;
}

/* ---- methods ---- */

void collect_method(Node *fdecl)
{
	Func *fn = fdecl->func_;
	Node *r = fn->recv;
	Node *b = r ? r->right : NULL;
	bool ptr = false;
	while (b && b->op == N_PAREN)
		b = b->left;
	if (b && b->op == N_STAR) {
		ptr = true;
		b = b->left;
		while (b && b->op == N_PAREN)
			b = b->left;
	}
	Pos rpos = r ? r->pos : fn->pos; /* types2 reports receiver errors at its name */
	if (!b || b->op != N_IDENT) {
		diag_error(rpos, "invalid receiver type %s", r ? expr_str(r->right) : "?");
		return;
	}
	Obj *to = scope_lookup_local(ck.pkg, b->name);
	if (!to) {
		if (lookup(b->name))
			diag_error(rpos, "cannot define new methods on non-local type %s", b->name);
		else
			diag_error(b->pos, "undefined: %s", b->name);
		return;
	}
	if (to->kind != OBJ_TYPE) {
		diag_error(b->pos, "%s is not a type", b->name);
		return;
	}
	resolve_obj(to);
	Type *t = to->type;
	if (!t || !t->sym) {
		diag_error(b->pos, "invalid receiver type %s", b->name);
		return;
	}
	if (t->kind == TY_PTR || t->kind == TY_INTERFACE) {
		diag_error(rpos, "invalid receiver type %s (pointer or interface type)", b->name);
		return;
	}
	Obj *m = fn->obj;
	const char *mname = m->name;
	m->recv_type = t;
	m->ptr_recv = ptr;
	m->pkg = ck.stdpkg;
	fn->name = ptr ? xprintf("(*%s).%s", t->sym->name, mname) : xprintf("%s.%s", t->sym->name, mname);
	for (int i = 0; i < t->methods.len; i++)
		if (strcmp(t->methods.v[i].name, mname) == 0 && strcmp(mname, "_")) {
			diag_error(m->pos, "%s.%s redeclared in this block\n\t%s: other declaration of %s",
			           t->sym->name, mname, diag_pos(t->methods.v[i].obj->pos), mname);
			return;
		}
	if (t->kind == TY_STRUCT)
		for (int i = 0; i < t->fields.len; i++)
			if (strcmp(t->fields.v[i].name, mname) == 0) {
				diag_error(m->pos, "field and method with the same name %s\n\t%s: other declaration of %s",
				           mname, diag_pos(t->fields.v[i].pos), mname);
				resolve_obj(m);
				return;
			}
	resolve_obj(m);
	fieldlist_push(&t->methods, (Field){.name = mname, .type = m->type, .pos = m->pos, .obj = m});
}

/* ---- selectors ---- */

typedef struct Cand {
	Type *t;
	int path[32];
	Type *ptypes[32];
	int npath;
	bool indirect;
} Cand;

/* Record a match: kind (1 field, 2 method, 3 interface method), the
 * Field at index i of its type, and the embedding path k took to it. */
static void sel_hit(Selection *sel, int kind, Field *f, int i, const Cand *k)
{
	sel->kind = kind;
	sel->field = f;
	sel->index = i;
	sel->npath = k->npath;
	memcpy(sel->path, k->path, sizeof sel->path);
	memcpy(sel->path_types, k->ptypes, sizeof sel->path_types);
	sel->indirect = k->indirect;
}

Selection lookup_field_or_method(Type *t, const char *name)
{
	Selection sel = {0};
	if (!t || !name)
		return sel;
	Cand *cur = xmalloc(sizeof(Cand)), *next;
	int ncur = 1, nnext;
	cur[0] = (Cand){.t = t};
	if (t->kind == TY_PTR && t->elem) {
		/* through a pointer, named or not (a named pointer type's
		 * methods are excluded by the caller) */
		cur[0].t = t->elem;
		cur[0].indirect = true;
	}
	for (int depth = 0; depth < 32 && ncur > 0; depth++) {
		int found = 0;
		next = xmalloc(sizeof(Cand) * 256);
		nnext = 0;
		for (int c = 0; c < ncur; c++) {
			Cand *k = &cur[c];
			Type *ct = k->t;
			if (!ct)
				continue;
			if (ct->sym && ct->kind != TY_INTERFACE) {
				for (int i = 0; i < ct->methods.len; i++)
					if (strcmp(ct->methods.v[i].name, name) == 0) {
						if (!found++) {
							sel_hit(&sel, 2, &ct->methods.v[i], i, k);
							sel.method = ct->methods.v[i].obj;
						}
					}
			}
			if (ct->kind == TY_INTERFACE) {
				for (int i = 0; i < ct->methods.len; i++)
					if (strcmp(ct->methods.v[i].name, name) == 0) {
						if (!found++) {
							sel_hit(&sel, 3, &ct->methods.v[i], i, k);
						}
					}
			}
			if (ct->kind == TY_STRUCT) {
				for (int i = 0; i < ct->fields.len; i++) {
					Field *f = &ct->fields.v[i];
					if (f->name && strcmp(f->name, name) == 0) {
						if (!found++) {
							sel_hit(&sel, 1, f, i, k);
						}
					}
					if (f->embedded && nnext < 256 && k->npath < 31) {
						Cand *n = &next[nnext++];
						*n = *k;
						n->ptypes[n->npath] = ct;
						n->path[n->npath++] = i;
						n->t = f->type;
						if (f->type && f->type->kind == TY_PTR && !f->type->sym) {
							n->t = f->type->elem;
							n->indirect = true;
						}
					}
				}
			}
		}
		free(cur);
		cur = next;
		ncur = nnext;
		if (found) {
			if (found > 1) {
				sel.kind = 0;
				sel.ambiguous = 1;
			}
			break;
		}
	}
	free(cur);
	return sel;
}

Field *find_method(Type *t, const char *name, bool *ptr_only)
{
	Selection s = lookup_field_or_method(t, name);
	*ptr_only = false;
	if (s.kind == 3)
		return s.field;
	if (s.kind != 2)
		return NULL;
	/* a pointer-receiver method is in T's method set only when reached
	 * through an embedded pointer */
	bool through_ptr = false;
	if (s.npath > 0) {
		Type *holder = s.path_types[s.npath - 1];
		Field *f = &holder->fields.v[s.path[s.npath - 1]];
		through_ptr = f->type && f->type->kind == TY_PTR;
	}
	*ptr_only = s.method && s.method->ptr_recv && !through_ptr;
	return s.field;
}

bool implements(Type *t, Type *iface, const char **missing, bool *wrong_ptr)
{
	*wrong_ptr = false;
	*missing = NULL;
	if (!t || !iface || iface->kind != TY_INTERFACE)
		return false;
	bool is_ptr = t->kind == TY_PTR && !t->sym;
	for (int i = 0; i < iface->methods.len; i++) {
		Field *m = &iface->methods.v[i];
		bool ptr_only = false;
		Field *f;
		if (t->kind == TY_INTERFACE) {
			f = NULL;
			for (int j = 0; j < t->methods.len; j++)
				if (strcmp(t->methods.v[j].name, m->name) == 0)
					f = &t->methods.v[j];
		} else if (t->kind == TY_PTR && t->sym) {
			f = NULL;
		} else {
			f = find_method(t, m->name, &ptr_only);
			if (f && is_ptr)
				ptr_only = false;
			if (f && t->kind == TY_PTR && t->elem && t->elem->kind == TY_INTERFACE)
				f = NULL; /* a pointer to an interface has no methods */
		}
		if (!f) {
			*missing = m->name;
			return false;
		}
		if (!types_identical(f->type, m->type)) {
			*missing = m->name;
			return false;
		}
		if (ptr_only) {
			*missing = m->name;
			*wrong_ptr = true;
			return false;
		}
	}
	return true;
}
