/*
 * check.c: the type checker's package level.
 *
 * check_program() turns the parser's N_FILE into a Program:
 *
 *   1. the universe (predeclared types, constants, nil, builtins) and the
 *      imports (std packages from stdlib.c);
 *   2. every package-level name is declared first, so declarations may
 *      appear in any order; each gets a Decl (indexed by Obj.id) that holds
 *      its syntax until it is needed;
 *   3. methods are attached to their receiver's named type;
 *   4. each object is resolved on demand (resolve_obj): a type's underlying
 *      type, a constant's value (with iota and the implicit repetition of
 *      the previous spec), a variable's type and initialiser, a function's
 *      signature.  A DS_DOING state catches invalid recursive definitions
 *      (reported with their chain, report_cycle); a named type is published
 *      before its underlying type is resolved, so types may refer to
 *      themselves through pointers, slices, maps, funcs and methods;
 *   5. function bodies are checked (check_stmt.c) in declaration order;
 *   6. package-level variables are ordered for initialisation
 *      (check_init.c) along the Decl.deps edges that record_use() adds
 *      while expressions are checked.
 *
 * Requires: a parsed N_FILE.  Guarantees: on success, the Program of
 * passes.h with every function body in the IR of docs/ir.md; on error NULL
 * with the errors queued in diag.
 */
#include <stdlib.h>
#include <string.h>

#include "check_int.h"

Checker ck;
Type *ty_invalid; /* the type of what failed to check: uses are silent */

static Decl **decls; /* by Obj.id */
static int capdecls;
static int next_obj_id;
static Decl **decl_order;
static int ndecl_order, capdecl_order;

Obj *obj_new(ObjKind kind, const char *name, Pos pos, Type *type)
{
	Obj *o = xmalloc(sizeof *o);
	o->kind = kind;
	o->name = name;
	o->pos = pos;
	o->type = type;
	o->id = ++next_obj_id;
	o->pkg = ck.stdpkg;
	return o;
}

/* ---- scopes ---- */

void scope_push(void)
{
	Scope *s = xmalloc(sizeof *s);
	s->outer = ck.scope;
	ck.scope = s;
}

void scope_pop(void)
{
	Scope *s = ck.scope;
	for (int i = 0; i < s->n; i++) {
		Obj *o = s->objs[i];
		if (o->kind == OBJ_VAR && o->vclass == VC_LOCAL && !o->used && strcmp(o->name, "_"))
			diag_error(o->pos, "%s declared but not used", o->name);
	}
	ck.scope = s->outer;
}

Obj *scope_lookup_local(Scope *s, const char *name)
{
	for (int i = 0; i < s->n; i++)
		if (strcmp(s->objs[i]->name, name) == 0)
			return s->objs[i];
	return NULL;
}

Obj *scope_lookup(Scope *s, const char *name)
{
	for (; s; s = s->outer) {
		Obj *o = scope_lookup_local(s, name);
		if (o)
			return o;
	}
	return NULL;
}

Obj *lookup(const char *name)
{
	return scope_lookup(ck.scope, name);
}

void scope_insert(Scope *s, Obj *o)
{
	if (!o->name || strcmp(o->name, "_") == 0)
		return;
	Obj *old = scope_lookup_local(s, o->name);
	if (old) {
		diag_error(o->pos, "%s redeclared in this block\n\t%s: other declaration of %s", o->name,
		           diag_pos(old->pos), o->name);
		return;
	}
	if (s->n == s->cap) {
		s->cap = s->cap ? 2 * s->cap : 8;
		s->objs = xrealloc(s->objs, s->cap * sizeof *s->objs);
	}
	s->objs[s->n++] = o;
}

/* ---- declarations ---- */

Decl *decl_of(Obj *o)
{
	if (!o || o->id >= capdecls)
		return NULL;
	return decls[o->id];
}

static Decl *decl_new(Obj *o, Node *spec)
{
	if (o->id >= capdecls) {
		int n = capdecls ? capdecls : 256;
		while (n <= o->id)
			n *= 2;
		decls = xrealloc(decls, n * sizeof *decls);
		memset(decls + capdecls, 0, (n - capdecls) * sizeof *decls);
		capdecls = n;
	}
	Decl *d = xmalloc(sizeof *d);
	d->obj = o;
	d->spec = spec;
	d->state = DS_TODO;
	decls[o->id] = d;
	if (ndecl_order == capdecl_order) {
		capdecl_order = capdecl_order ? 2 * capdecl_order : 64;
		decl_order = xrealloc(decl_order, capdecl_order * sizeof *decl_order);
	}
	d->order = ndecl_order;
	decl_order[ndecl_order++] = d;
	return d;
}

void record_use(Obj *o)
{
	Decl *d = ck.decl, *od = decl_of(o);
	if (!d || !od || (o->kind != OBJ_VAR && o->kind != OBJ_FUNC))
		return;
	for (int i = 0; i < d->ndeps; i++)
		if (d->deps[i] == o)
			return;
	if (d->ndeps == d->capdeps) {
		d->capdeps = d->capdeps ? 2 * d->capdeps : 4;
		d->deps = xrealloc(d->deps, d->capdeps * sizeof *d->deps);
	}
	d->deps[d->ndeps++] = o;
}

/* ---- the universe ---- */

static void universe_type(const char *name, Type *t)
{
	Obj *o = obj_new(OBJ_TYPE, name, (Pos){0}, t); /* basic types keep sym NULL: they print by kind */
	scope_insert(ck.universe, o);
}

static void universe_builtin(const char *name, Builtin b)
{
	Obj *o = obj_new(OBJ_BUILTIN, name, (Pos){0}, NULL);
	o->builtin = b;
	scope_insert(ck.universe, o);
}

static void universe_init(void)
{
	types_init();
	if (!ty_invalid)
		ty_invalid = types_new(TY_BAD);
	ck.universe = xmalloc(sizeof(Scope));
	struct { const char *n; Type *t; } ts[] = {
	    {"bool", ty_bool},       {"int", ty_int},         {"int8", ty_int8},
	    {"int16", ty_int16},     {"int32", ty_int32},     {"int64", ty_int64},
	    {"uint", ty_uint},       {"uint8", ty_uint8},     {"uint16", ty_uint16},
	    {"uint32", ty_uint32},   {"uint64", ty_uint64},   {"uintptr", ty_uintptr},
	    {"float32", ty_float32}, {"float64", ty_float64}, {"string", ty_string},
	    {"byte", ty_uint8},      {"rune", ty_int32},      {"error", ty_error},
	    {"any", ty_any},         {"complex64", ty_complex64}, {"complex128", ty_complex128},
	};
	for (size_t i = 0; i < sizeof ts / sizeof ts[0]; i++)
		universe_type(ts[i].n, ts[i].t);
	ty_error->sym = scope_lookup_local(ck.universe, "error");
	Obj *t = obj_new(OBJ_CONST, "true", (Pos){0}, ty_untyped_bool);
	t->val = (Const){.kind = CV_BOOL, .b = true};
	scope_insert(ck.universe, t);
	Obj *f = obj_new(OBJ_CONST, "false", (Pos){0}, ty_untyped_bool);
	f->val = (Const){.kind = CV_BOOL, .b = false};
	scope_insert(ck.universe, f);
	Obj *iota = obj_new(OBJ_CONST, "iota", (Pos){0}, ty_untyped_int);
	iota->val = const_int(0);
	scope_insert(ck.universe, iota);
	scope_insert(ck.universe, obj_new(OBJ_NIL, "nil", (Pos){0}, ty_untyped_nil));
	struct { const char *n; Builtin b; } bs[] = {
	    {"append", BI_APPEND}, {"cap", BI_CAP},         {"close", BI_CLOSE},
	    {"copy", BI_COPY},     {"delete", BI_DELETE},   {"len", BI_LEN},
	    {"make", BI_MAKE},     {"new", BI_NEW},         {"panic", BI_PANIC},
	    {"print", BI_PRINT},   {"println", BI_PRINTLN}, {"recover", BI_RECOVER},
	    {"complex", BI_COMPLEX}, {"real", BI_REAL},     {"imag", BI_IMAG},
	};
	for (size_t i = 0; i < sizeof bs / sizeof bs[0]; i++)
		universe_builtin(bs[i].n, bs[i].b);
}

/* ---- collecting package-level declarations ---- */

static const char *import_path(Node *imp)
{
	const char *p = imp->lit ? imp->lit : "";
	size_t n = strlen(p);
	if (n >= 2 && (p[0] == '"' || p[0] == '`'))
		return xstrndup(p + 1, n - 2);
	return p;
}

static void declare_import(Node *imp)
{
	const char *path = import_path(imp);
	/* unsafe: for std declarations and analysis-only (non-main) packages */
	Obj *pkg = strcmp(path, "unsafe") == 0 && !ck.stdpkg && strcmp(ck.prog->pkgname, "main") == 0
	               ? NULL : std_package(path);
	if (!pkg) {
		/* declare the name anyway (no members), so its uses are not reported again */
		const char *base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
		Obj *bad = obj_new(OBJ_PKG, imp->name ? imp->name : base, imp->pos, NULL);
		bad->pkg = NULL;
		bad->used = true;
		scope_insert(ck.pkg, bad);
		static const char *known[] = {"sync", "time", "math", "sort", "bytes", "unicode",
		                              "unicode/utf8", "unsafe", "reflect", "io", "bufio",
		                              "os/exec", "context", "math/rand", NULL};
		for (int i = 0; known[i]; i++)
			if (strcmp(known[i], path) == 0) {
				diag_error(imp->pos, "package %s not supported", path);
				return;
			}
		if (std_go_package(path))
			diag_error(imp->pos, "package %s not supported", path);
		else
			diag_error(imp->pos, "package %s is not in GOROOT (/usr/lib/go-1.19/src/%s)", path, path);
		return;
	}
	const char *name = imp->name ? imp->name : pkg->name;
	if (strcmp(name, "_") == 0)
		return;
	if (strcmp(name, ".") == 0) {
		diag_error(imp->pos, "dot imports not supported");
		return;
	}
	Obj *o = obj_new(OBJ_PKG, name, imp->pos, NULL);
	o->pkg = pkg->pkg; /* std_member(o->pkg, name) finds its members */
	scope_insert(ck.pkg, o);
	if (ck.nimports < 32) {
		ck.import_nodes[ck.nimports] = imp;
		ck.imports[ck.nimports++] = o;
	}
}

static void declare_names(Node *spec, ObjKind kind)
{
	/* implicit repetition of the previous const spec's type and values */
	static Node *last_type;
	static NodeList *last_vals;
	if (kind == OBJ_CONST) {
		if (spec->rlist.len > 0 || spec->iota == 0) {
			last_type = spec->right;
			last_vals = &spec->rlist;
		}
	}
	NodeList *vals = kind == OBJ_CONST ? last_vals : &spec->rlist;
	Node *tsyn = kind == OBJ_CONST ? last_type : spec->right;
	for (int i = 0; i < spec->list.len; i++) {
		Node *id = spec->list.v[i];
		Obj *o = obj_new(kind, id->name, id->pos, NULL);
		if (kind == OBJ_VAR)
			o->vclass = VC_GLOBAL;
		Decl *d = decl_new(o, spec);
		d->type_syn = tsyn;
		d->index = i;
		d->iota = spec->iota;
		if (vals && vals->len == spec->list.len)
			d->init_syn = vals->v[i];
		else if (vals && vals->len == 1 && kind == OBJ_VAR)
			d->init_syn = vals->v[0];
		else if (vals && vals->len > 0) {
			if (i == 0) {
				const char *what = vals->len > spec->list.len ? "extra init expr" : "missing init expr for const declaration";
				if (kind == OBJ_VAR)
					diag_error(id->pos, "assignment mismatch: %d variable%s but %d value%s",
					           spec->list.len, spec->list.len > 1 ? "s" : "", vals->len,
					           vals->len > 1 ? "s" : "");
				else
					diag_error(id->pos, "%s", what);
			}
		} else if (kind == OBJ_CONST) {
			diag_error(id->pos, "missing init expr for const declaration");
		}
		scope_insert(ck.pkg, o);
		if (kind == OBJ_VAR && strcmp(o->name, "_") != 0 && !ck.stdpkg) {
			Program *p = ck.prog;
			if (p->nglobals == p->capglobals) {
				p->capglobals = p->capglobals ? 2 * p->capglobals : 16;
				p->globals = xrealloc(p->globals, p->capglobals * sizeof *p->globals);
			}
			p->globals[p->nglobals++] = o;
		}
	}
}

static void add_func(Program *p, Func *fn)
{
	if (p->nfuncs == p->capfuncs) {
		p->capfuncs = p->capfuncs ? 2 * p->capfuncs : 16;
		p->funcs = xrealloc(p->funcs, p->capfuncs * sizeof *p->funcs);
	}
	p->funcs[p->nfuncs++] = fn;
}

static void declare_decl(Node *n)
{
	switch (n->op) {
	case N_IMPORT:
		declare_import(n);
		break;
	case N_VARDECL:
		declare_names(n, OBJ_VAR);
		break;
	case N_CONSTDECL:
		declare_names(n, OBJ_CONST);
		break;
	case N_TYPEDECL: {
		Obj *o = obj_new(OBJ_TYPE, n->name, n->pos, NULL);
		Node *id = n->left && n->left->op == N_IDENT ? n->left : NULL;
		if (id)
			o->pos = id->pos;
		decl_new(o, n);
		scope_insert(ck.pkg, o);
		break;
	}
	case N_FUNCDECL: {
		Func *fn = n->func_;
		if (!fn)
			break;
		Obj *o = obj_new(OBJ_FUNC, fn->name, fn->pos, NULL);
		o->func_ = fn;
		fn->obj = o;
		decl_new(o, n);
		if (fn->recv)
			break; /* methods: collect_method() after the types */
		if (strcmp(fn->name, "init") == 0) {
			if (fn->params.len || fn->results.len)
				diag_error(fn->pos, "func init must have no arguments and no return values");
			Program *p = ck.prog;
			if (p->ninit_funcs == p->capinit_funcs) {
				p->capinit_funcs = p->capinit_funcs ? 2 * p->capinit_funcs : 4;
				p->init_funcs = xrealloc(p->init_funcs, p->capinit_funcs * sizeof(Func *));
			}
			p->init_funcs[p->ninit_funcs++] = fn;
			break;
		}
		if (strcmp(fn->name, "main") == 0 && strcmp(ck.prog->pkgname, "main") == 0) {
			if (fn->params.len || fn->results.len)
				diag_error(fn->pos, "func main must have no arguments and no return values");
			ck.prog->main_func = o;
		}
		scope_insert(ck.pkg, o);
		break;
	}
	default:
		diag_error(n->pos, "unexpected declaration");
		break;
	}
}

/* ---- resolving on demand ---- */

/* The objects being resolved, innermost last: a cycle is a suffix of it. */
static Obj *rstack[512];
static int nrstack;

/* Report the cycle that starts at o (o is on rstack) as go1.19 does:
 *   invalid recursive type A / initialization loop for a
 *       A refers to ... B refers to ... A */
bool being_resolved(Obj *o)
{
	for (int i = 0; i < nrstack && i < 512; i++)
		if (rstack[i] == o)
			return true;
	return false;
}

void report_cycle(Obj *o)
{
	int i = nrstack - 1;
	while (i >= 0 && rstack[i] != o)
		i--;
	Decl *d = decl_of(o);
	if (d && d->cycle_reported)
		return;
	if (d)
		d->cycle_reported = true;
	char *msg = o->kind == OBJ_TYPE ? xprintf("invalid recursive type %s", o->name)
	                                : xprintf("initialization loop for %s", o->name);
	if (i >= 0) {
		for (int j = i; j < nrstack; j++) {
			Decl *dj = decl_of(rstack[j]);
			if (dj)
				dj->cycle_reported = true;
			msg = xprintf("%s\n\t%s: %s refers to", msg, diag_pos(rstack[j]->pos), rstack[j]->name);
		}
		msg = xprintf("%s\n\t%s: %s", msg, diag_pos(o->pos), o->name);
	} else {
		msg = xprintf("%s\n\t%s: %s refers to\n\t%s: %s", msg, diag_pos(o->pos), o->name,
		              diag_pos(o->pos), o->name);
	}
	diag_error(o->pos, "%s", msg);
}

static void resolve_const(Decl *d)
{
	Obj *o = d->obj;
	int saved = ck.iota;
	ck.iota = d->iota;
	Type *t = d->type_syn ? resolve_type(d->type_syn) : NULL;
	o->type = t;
	if (!d->init_syn) {
		o->type = NULL;
		ck.iota = saved;
		return;
	}
	Node *x = check_expr(d->init_syn);
	ck.iota = saved;
	if (!x) {
		o->type = NULL;
		return;
	}
	if (x->op != N_CONST) {
		diag_error(epos(x), "%s is not constant", operand_str(x));
		o->type = NULL;
		return;
	}
	if (t) {
		if (!types_is_numeric(t) && !types_is_string(t) && t->kind != TY_BOOL) {
			diag_error(d->type_syn->pos, "invalid constant type %s", types_str2(t));
			o->type = NULL;
			return;
		}
		x = assign_conv(x, t, "constant declaration", x->pos);
		if (!x || x->op != N_CONST) {
			o->type = NULL;
			return;
		}
	}
	o->type = x->type;
	o->val = x->val;
}

static void resolve_type_decl(Decl *d)
{
	Obj *o = d->obj;
	Node *spec = d->spec;
	if (spec->is_alias) {
		Type *t = resolve_type(spec->right);
		o->type = t;
		return;
	}
	Type *t = types_named(o, NULL);
	if (ck.stdpkg)
		t->pkg = ck.stdpkg;
	o->type = t;
	Program *p = ck.prog;
	if (!ck.stdpkg) {
		if (p->nnamed == p->capnamed) {
			p->capnamed = p->capnamed ? 2 * p->capnamed : 16;
			p->named = xrealloc(p->named, p->capnamed * sizeof *p->named);
		}
		p->named[p->nnamed++] = t;
	}
	d->state = DS_DONE; /* the name may be used (through pointers) from here on */
	Type *u = resolve_type(spec->right);
	if (!u) {
		types_set_underlying(t, ty_int); /* keep going with something */
		t->kind = TY_BAD;
		return;
	}
	if (u == t) {
		report_cycle(o);
		t->kind = TY_BAD;
		return;
	}
	if (u->sym && u->kind == TY_BAD && u->underlying == u) {
		/* `type T2 T1` with T1 still being defined: finish T2 with T1 */
		type_wait(t, NULL, u);
		return;
	}
	types_set_underlying(t, u);
	type_completed(t);
}

void type_refresh_methods(Type *iface)
{
	for (int i = 0; i < ndecl_order; i++) {
		Obj *o = decl_order[i]->obj;
		if (o->kind == OBJ_TYPE && o->type && o->type->sym == o && o->type->underlying == iface)
			o->type->methods = iface->methods;
	}
}

static void resolve_var(Decl *d)
{
	Obj *o = d->obj;
	Type *t = d->type_syn ? resolve_type(d->type_syn) : NULL;
	o->type = t;
	if (!d->init_syn) {
		if (!t)
			o->type = ty_invalid;
		return;
	}
	/* A shared multi-value initialiser: the first name checks it for all. */
	Node *spec = d->spec;
	bool multi = spec->list.len > 1 && spec->rlist.len == 1;
	if (multi && d->index > 0) {
		Obj *first = NULL;
		for (int i = 0; i < ndecl_order; i++)
			if (decl_order[i]->spec == spec && decl_order[i]->index == 0)
				first = decl_order[i]->obj;
		if (first)
			resolve_obj(first);
		if (!o->type)
			o->type = ty_invalid;
		return;
	}
	Decl *saved = ck.decl;
	Func *savedf = ck.func;
	Scope *saveds = ck.scope;
	ck.decl = d;
	ck.func = NULL;
	ck.scope = ck.pkg;
	Node *stmt = check_vardecl_global(spec, d);
	ck.decl = saved;
	ck.func = savedf;
	ck.scope = saveds;
	d->ir = stmt;
	if (!o->type)
		o->type = ty_invalid;
}

void resolve_obj(Obj *o)
{
	Decl *d = decl_of(o);
	if (!d || d->state == DS_DONE)
		return;
	if (d->state == DS_DOING) {
		if (o->kind == OBJ_TYPE || o->kind == OBJ_CONST || o->kind == OBJ_VAR)
			report_cycle(o);
		if (!o->type && o->kind != OBJ_FUNC)
			o->type = ty_invalid;
		return;
	}
	d->state = DS_DOING;
	if (nrstack < 512)
		rstack[nrstack] = o;
	nrstack++;
	Scope *saveds = ck.scope;
	Func *savedf = ck.func;
	ck.scope = ck.pkg;
	ck.func = NULL;
	switch (o->kind) {
	case OBJ_CONST:
		resolve_const(d);
		break;
	case OBJ_TYPE:
		resolve_type_decl(d);
		break;
	case OBJ_VAR:
		resolve_var(d);
		break;
	case OBJ_FUNC: {
		Func *fn = o->func_;
		o->type = func_signature(fn, false, NULL);
		fn->type = o->type;
		break;
	}
	default:
		break;
	}
	ck.scope = saveds;
	ck.func = savedf;
	d->state = DS_DONE;
	nrstack--;
}

/* check_init.c's view of the declarations */
Decl **check_decl_list(int *n)
{
	*n = ndecl_order;
	return decl_order;
}

int check_obj_count(void)
{
	return next_obj_id;
}

/* stdlib.c: declare and resolve one std package's declarations (ck.pkg and
 * ck.stdpkg are set by the caller). */
void check_std_decls(Node *file)
{
	int first = ndecl_order;
	for (int i = 0; i < file->list.len; i++)
		declare_decl(file->list.v[i]);
	for (int i = 0; i < file->list.len; i++) {
		Node *n = file->list.v[i];
		if (n->op == N_FUNCDECL && n->func_ && n->func_->recv)
			collect_method(n);
	}
	for (int i = first; i < ndecl_order; i++)
		resolve_obj(decl_order[i]->obj);
}

/* ---- the program ---- */

Program *check_program(Node *file, const char *path)
{
	if (!file)
		return NULL;
	int errs0 = diag_error_count();
	universe_init();
	Program *p = xmalloc(sizeof *p);
	p->path = path;
	p->pkgname = file->name ? file->name : "main";
	p->file = file;
	ck.prog = p;
	ck.iota = -1;
	ck.pkg = xmalloc(sizeof(Scope));
	ck.pkg->outer = ck.universe;
	ck.pkg->is_pkg = true;
	ck.scope = ck.pkg;

	for (int i = 0; i < file->list.len; i++)
		declare_decl(file->list.v[i]);
	for (int i = 0; i < file->list.len; i++) {
		Node *n = file->list.v[i];
		if (n->op == N_FUNCDECL && n->func_ && n->func_->recv)
			collect_method(n);
	}
	for (int i = 0; i < ndecl_order; i++)
		resolve_obj(decl_order[i]->obj);
	for (int i = 0; i < ndecl_order; i++)
		type_check_iface_cycle(decl_order[i]->obj);
	type_report_pending();
	type_check_sizes(p->named, p->nnamed);

	/* bodies */
	for (int i = 0; i < file->list.len; i++) {
		Node *n = file->list.v[i];
		if (n->op != N_FUNCDECL || !n->func_)
			continue;
		Func *fn = n->func_;
		if (fn->obj && !fn->type)
			resolve_obj(fn->obj);
		if (!fn->body)
			continue;
		ck.decl = decl_of(fn->obj);
		check_func_body(fn);
		ck.decl = NULL;
		add_func(p, fn);
	}
	/* A main package without func main is the linker's error in go build
	 * (gc compiles it fine): p->main_func stays NULL and the driver decides. */
	init_order(p);

	for (int i = 0; i < ck.nimports; i++)
		if (!ck.imports[i]->used) {
			Node *imp = ck.import_nodes[i];
			const char *ipath = import_path(imp);
			if (imp->name)
				diag_error(imp->pos, "imported and not used: \"%s\" as %s", ipath, imp->name);
			else
				diag_error(imp->pos, "imported and not used: \"%s\"", ipath);
		}
	if (diag_error_count() > errs0)
		return NULL;
	return p;
}
