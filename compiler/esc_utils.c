/*
 * esc_utils.c: gc's escape/utils.go, and the -m lines of walk.
 *
 *   esc_heap_alloc_reason  why a location must be on the heap whatever flows
 *                          into it: too large (10 MiB for variables, 64 KiB
 *                          for new/&T{}/closures/method values/make), too
 *                          aligned, or a make whose size is not a constant
 *   esc_is_self_assign     assignments that store nothing new (b.buf =
 *                          b.buf[i:j], v.x = v.y): escape drops them
 *   esc_bounds             walk's "index bounds check elided": an array
 *                          index that is provably in range (i&7 for [8]T)
 *                          gets Node.bounded, and -m says so
 */
#include <string.h>

#include "escape.h"
#include "parse.h"

enum {
	MAX_STACK_VAR_SIZE = 10 << 20,          /* ir.MaxStackVarSize */
	MAX_IMPLICIT_STACK_VAR_SIZE = 64 << 10, /* ir.MaxImplicitStackVarSize */
};

static long closure_size(Func *fn)
{
	long size = 8;
	for (int i = 0; i < fn->ncvars; i++) {
		Obj *cv = fn->cvars[i];
		long w = cv->byval ? types_size(cv->type) : 8;
		long a = cv->byval ? types_align(cv->type) : 8;
		if (a > 0)
			size = (size + a - 1) / a * a;
		size += w;
	}
	return size;
}

static bool small_int_const(Node *n, long *v)
{
	if (!n || n->op != N_CONST || n->val.kind != CV_INT)
		return false;
	if (n->val.i < -2147483648LL || n->val.i > 2147483647LL)
		return false;
	*v = (long)n->val.i;
	return true;
}

/* HeapAllocReason: why a location must be on the heap whatever flows. */
const char *esc_heap_alloc_reason(Node *n, Obj *o)
{
	Type *t = o ? o->type : n ? n->type : NULL;
	if (!t)
		return NULL;
	if (o && (o->vclass == VC_PARAM || o->vclass == VC_RESULT))
		return NULL;
	if (types_size(t) > MAX_STACK_VAR_SIZE)
		return "too large for stack";
	if (types_align(t) > 8)
		return "too aligned for stack";
	if (!n)
		return NULL;
	if ((n->op == N_NEW || n->op == N_PTRLIT) && t->elem) {
		if (types_size(t->elem) > MAX_IMPLICIT_STACK_VAR_SIZE)
			return "too large for stack";
		if (types_align(t->elem) > 8)
			return "too aligned for stack";
	}
	if (n->op == N_CLOSURE && n->func_ && closure_size(n->func_) > MAX_IMPLICIT_STACK_VAR_SIZE)
		return "too large for stack";
	if (n->op == N_METHVALUE && n->left && n->left->type &&
	    8 + types_size(n->left->type) > MAX_IMPLICIT_STACK_VAR_SIZE)
		return "too large for stack";
	if (n->op == N_MAKESLICE) {
		Node *r = n->list.len > 1 && n->list.v[1] ? n->list.v[1] : n->list.len ? n->list.v[0] : NULL;
		long v;
		if (!small_int_const(r, &v))
			return "non-constant size";
		long es = t->elem ? types_size(t->elem) : 0;
		if (es != 0 && v > MAX_IMPLICIT_STACK_VAR_SIZE / es)
			return "too large for stack";
	}
	return NULL;
}

/* finish: tags, then one -m line per location, and the results for gen. */

/* ---- walk's "index bounds check elided" (walk/expr.go bounded) ---- */

static bool int_const(Node *n, long *v)
{
	return small_int_const(n, v);
}

/* The index as written: the checker's implicit conversion to int dropped. */
static Node *index_as_written(Node *n)
{
	while (n && (n->op == N_CONV || n->op == N_CONVNOP) && n->implicit)
		n = n->left;
	return n;
}

/* n (an integer expression) is surely in [0, max). */
static bool bounded(Node *n, long max)
{
	if (!n || !n->type || !types_is_integer(n->type))
		return false;
	bool sign = !types_is_unsigned(n->type);
	long bits = 8 * types_size(n->type);
	long v;
	if (int_const(n, &v))
		return 0 <= v && v < max;
	if (n->op == N_ARITH) {
		long c;
		switch (n->op_tok) {
		case T_AND:
		case T_ANDNOT:
			v = -1;
			if (int_const(n->left, &c))
				v = c;
			else if (int_const(n->right, &c)) {
				v = c;
				if (n->op_tok == T_ANDNOT) {
					v = ~v;
					if (!sign && bits < 64)
						v &= (1L << bits) - 1;
				}
			}
			if (0 <= v && v < max)
				return true;
			break;
		case T_REM:
			if (!sign && int_const(n->right, &c) && 0 <= c && c <= max)
				return true;
			break;
		case T_QUO:
			if (!sign && int_const(n->right, &c))
				while (bits > 0 && c >= 2) {
					bits--;
					c >>= 1;
				}
			break;
		case T_SHR:
			if (!sign && int_const(n->right, &c)) {
				if (c > bits)
					return true;
				bits -= c;
			}
			break;
		}
	}
	return !sign && bits <= 62 && (1L << bits) <= max;
}

void esc_bounds(Node *n, bool mflag)
{
	if (!n)
		return;
	if (n->op == N_CLOSURE) {
		if (n->func_)
			esc_bounds(n->func_->body, mflag);
		return;
	}
	Node *kids[] = {n->init, n->left, n->right, n->cond, n->post, n->key, n->value};
	for (size_t i = 0; i < sizeof kids / sizeof kids[0]; i++)
		esc_bounds(kids[i], mflag);
	for (int i = 0; i < n->list.len; i++)
		esc_bounds(n->list.v[i], mflag);
	for (int i = 0; i < n->rlist.len; i++)
		esc_bounds(n->rlist.v[i], mflag);
	esc_bounds(n->body, mflag);
	esc_bounds(n->els, mflag);

	long max = -1;
	Type *t = n->left ? n->left->type : NULL;
	if (n->op == N_INDEXARR && t) {
		if (t->kind == TY_PTR && t->elem)
			t = t->elem;
		if (t->kind == TY_ARRAY)
			max = t->len;
	} else if (n->op == N_INDEXSTR && n->left && n->left->op == N_CONST &&
	           n->left->val.kind == CV_STRING) {
		max = n->left->val.slen;
	}
	if (max < 0 || n->bounded)
		return;
	Node *r = index_as_written(n->right);
	if (bounded(r, max)) {
		n->bounded = true;
		if (mflag && !(r && r->op == N_CONST))
			diag_m(n->pos, "index bounds check elided");
	}
}

/* gc's staticinit: an initialiser made only of constants, addresses of
 * globals, literals of those and func literals is laid out as static data
 * and never analysed.  Anything that computes (calls, new, make, maps)
 * goes to the package's generated init function. */

/* ---- self-assignments (isSelfAssign) ---- */

static bool may_affect_memory(Node *n)
{
	if (!n)
		return false;
	switch (n->op) {
	case N_NAME:
	case N_CONST:
		return false;
	case N_ARITH:
	case N_INDEXARR:
	case N_INDEXSLICE:
		return may_affect_memory(n->left) || may_affect_memory(n->right);
	case N_CONV:
	case N_CONVNOP:
	case N_NOT:
	case N_COM:
	case N_PLUS:
	case N_NEG:
	case N_DOT:
	case N_DOTPTR:
	case N_DEREF:
		return may_affect_memory(n->left);
	case N_BUILTIN:
		if ((n->builtin == BI_LEN || n->builtin == BI_CAP) && n->list.len == 1)
			return may_affect_memory(n->list.v[0]);
		return true;
	default:
		return true;
	}
}

/* gc's ir.SameSafeExpr */
static bool same_safe(Node *l, Node *r)
{
	while (l && l->op == N_CONVNOP)
		l = l->left;
	while (r && r->op == N_CONVNOP)
		r = r->left;
	if (!l || !r || l->op != r->op)
		return false;
	switch (l->op) {
	case N_NAME:
		return l->obj == r->obj;
	case N_DOT:
	case N_DOTPTR:
		return l->name && r->name && strcmp(l->name, r->name) == 0 && same_safe(l->left, r->left);
	case N_DEREF:
		return same_safe(l->left, r->left);
	case N_CONV:
		return l->type == r->type && same_safe(l->left, r->left);
	case N_INDEXARR:
	case N_INDEXSLICE:
		return same_safe(l->left, r->left) && same_safe(l->right, r->right);
	case N_CONST:
		return l->val.kind == r->val.kind && l->val.kind == CV_INT && l->val.i == r->val.i;
	default:
		return false;
	}
}

static bool is_slice_self_assign(Node *dst, Node *src)
{
	if (dst->op != N_DEREF && dst->op != N_DOTPTR)
		return false;
	if (!dst->left || dst->left->op != N_NAME)
		return false;
	switch (src->op) {
	case N_SLICESLICE:
	case N_SLICESTR:
		break;
	case N_SLICEARR:
		if (src->left && src->left->op == N_ADDR)
			return false;
		break;
	default:
		return false;
	}
	Node *base = src->left;
	if (!base || (base->op != N_DEREF && base->op != N_DOTPTR))
		return false;
	if (!base->left || base->left->op != N_NAME)
		return false;
	return dst->left->obj == base->left->obj;
}

bool esc_is_self_assign(Node *dst, Node *src)
{
	if (is_slice_self_assign(dst, src))
		return true;
	if (!dst || !src || dst->op != src->op)
		return false;
	switch (dst->op) {
	case N_DOT:
	case N_DOTPTR:
		return same_safe(dst->left, src->left);
	case N_INDEXARR:
	case N_INDEXSLICE:
		if (may_affect_memory(dst->right) || may_affect_memory(src->right))
			return false;
		return same_safe(dst->left, src->left);
	default:
		return false;
	}
}
