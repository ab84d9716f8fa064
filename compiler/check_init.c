/*
 * check_init.c: the order of package-level variable initialisation.
 *
 * The spec: repeatedly pick the earliest variable in declaration order that
 * is ready, i.e. whose dependencies (variables it references, directly or
 * through the functions and methods it references) are initialised.  The
 * dependency edges are Decl.deps, recorded by record_use() while check.c
 * checked the initialisers and the function bodies.  A variable that
 * depends on itself is an "initialization loop", reported with its chain of
 * references as go1.19 prints it.
 */
#include <stdlib.h>
#include <string.h>

#include "check_int.h"

static Decl **decl_order;
static int ndecl_order, next_obj_id;

/* ---- initialisation order ----
 * The unit of initialisation is a var spec: `var a, b = f()` and
 * `var a, b = 1, 2` are one statement (whichever of its names was resolved
 * first checked it, so its IR and dependency edges may sit on any of the
 * spec's Decls).  A spec is ready when every variable it depends on, through
 * any chain of functions, belongs to a spec already placed; a dependency on
 * its own spec is an initialisation loop. */

typedef struct Unit {
	Node *spec;
	Decl *first;    /* the spec's first name */
	Node *ir;
	Obj **vars;     /* variables it depends on (transitively through funcs) */
	int nvars, capvars;
	bool done;
} Unit;

static Unit *unit_of(Unit *us, int nu, Node *spec)
{
	for (int i = 0; i < nu; i++)
		if (us[i].spec == spec)
			return &us[i];
	return NULL;
}

/* The dependencies of o: for a variable, those of every name of its spec. */
static void deps_of(Obj *o, Obj ***out, int *n)
{
	Decl *d = decl_of(o);
	*n = 0;
	*out = NULL;
	if (!d)
		return;
	if (o->kind != OBJ_VAR) {
		*out = d->deps;
		*n = d->ndeps;
		return;
	}
	int cap = 0;
	for (int i = 0; i < ndecl_order; i++) {
		Decl *e = decl_order[i];
		if (e->spec != d->spec)
			continue;
		for (int j = 0; j < e->ndeps; j++) {
			if (*n == cap) {
				cap = cap ? 2 * cap : 8;
				*out = xrealloc(*out, cap * sizeof **out);
			}
			(*out)[(*n)++] = e->deps[j];
		}
	}
}

static void collect_vars(Obj *o, Unit *u, char *seen)
{
	Obj **ds;
	int nd;
	deps_of(o, &ds, &nd);
	for (int i = 0; i < nd; i++) {
		Obj *x = ds[i];
		if (seen[x->id])
			continue;
		seen[x->id] = 1;
		if (x->kind == OBJ_VAR) {
			if (u->nvars == u->capvars) {
				u->capvars = u->capvars ? 2 * u->capvars : 8;
				u->vars = xrealloc(u->vars, u->capvars * sizeof *u->vars);
			}
			u->vars[u->nvars++] = x;
		} else if (x->kind == OBJ_FUNC) {
			collect_vars(x, u, seen);
		}
	}
}

/* A chain of references from o back to a variable of spec. */
static bool loop_path(Obj *o, Node *spec, Obj **path, int *n, char *seen)
{
	Obj **ds;
	int nd;
	deps_of(o, &ds, &nd);
	for (int i = 0; i < nd; i++) {
		Obj *x = ds[i];
		Decl *xd = decl_of(x);
		if (x->kind == OBJ_VAR && xd && xd->spec == spec) {
			path[(*n)++] = x;
			return true;
		}
		if (seen[x->id] || *n >= 60)
			continue;
		seen[x->id] = 1;
		path[(*n)++] = x;
		if (loop_path(x, spec, path, n, seen))
			return true;
		(*n)--;
	}
	return false;
}

static void report_loop(Unit *u)
{
	Obj *start = u->first->obj;
	Obj *path[64];
	int n = 0;
	char *seen = xmalloc(next_obj_id + 1);
	if (!loop_path(start, u->spec, path, &n, seen)) {
		diag_error(start->pos, "initialization loop for %s", start->name);
		return;
	}
	if (path[n - 1] != start) {
		/* the loop closes on another name of the spec: start from it */
		start = path[n - 1];
		n = 0;
		memset(seen, 0, next_obj_id + 1);
		if (!loop_path(start, u->spec, path, &n, seen) || n == 0) {
			diag_error(start->pos, "initialization loop for %s", start->name);
			return;
		}
	}
	char *msg = xprintf("initialization loop for %s\n\t%s: %s refers to", start->name,
	                    diag_pos(start->pos), start->name);
	for (int i = 0; i < n - 1; i++)
		msg = xprintf("%s\n\t%s: %s refers to", msg, diag_pos(path[i]->pos), path[i]->name);
	msg = xprintf("%s\n\t%s: %s", msg, diag_pos(path[n - 1]->pos), path[n - 1]->name);
	diag_error(start->pos, "%s", msg);
}

void init_order(Program *p)
{
	decl_order = check_decl_list(&ndecl_order);
	next_obj_id = check_obj_count();
	Unit *us = xmalloc((ndecl_order + 1) * sizeof *us);
	int nu = 0;
	for (int i = 0; i < ndecl_order; i++) {
		Decl *d = decl_order[i];
		if (d->obj->kind != OBJ_VAR || d->obj->pkg || d->spec->op != N_VARDECL)
			continue;
		Unit *u = unit_of(us, nu, d->spec);
		if (!u) {
			u = &us[nu++];
			memset(u, 0, sizeof *u);
			u->spec = d->spec;
			u->first = d;
		}
		if (d->ir)
			u->ir = d->ir;
		if (d->cycle_reported)
			u->first->cycle_reported = true;
	}
	for (int i = 0; i < nu; i++) {
		char *seen = xmalloc(next_obj_id + 1);
		for (int j = 0; j < ndecl_order; j++)
			if (decl_order[j]->spec == us[i].spec)
				collect_vars(decl_order[j]->obj, &us[i], seen);
		free(seen);
	}
	/* a spec that depends on itself can never be placed */
	for (int i = 0; i < nu; i++)
		for (int j = 0; j < us[i].nvars; j++) {
			Decl *vd = decl_of(us[i].vars[j]);
			if (vd && vd->spec == us[i].spec) {
				if (!us[i].first->cycle_reported)
					report_loop(&us[i]);
				us[i].first->cycle_reported = true;
				break;
			}
		}
	for (int left = nu; left > 0; left--) {
		int pick = -1;
		for (int i = 0; i < nu && pick < 0; i++) {
			if (us[i].done)
				continue;
			bool ready = true;
			for (int j = 0; j < us[i].nvars && ready; j++) {
				Decl *vd = decl_of(us[i].vars[j]);
				Unit *vu = vd ? unit_of(us, nu, vd->spec) : NULL;
				if (vu && !vu->done)
					ready = false;
			}
			if (ready)
				pick = i;
		}
		if (pick < 0) {
			for (int i = 0; i < nu; i++)
				if (!us[i].done && !us[i].first->cycle_reported) {
					report_loop(&us[i]);
					break;
				}
			return;
		}
		us[pick].done = true;
		if (us[pick].ir)
			nodelist_push(&p->inits, us[pick].ir);
	}
}

