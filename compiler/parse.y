/*
 * parse.y: Go's syntax as a lemon LALR(1) grammar.
 *
 * What it does.  Turns the token stream of lexer.re (semicolons already
 * inserted) into the syntax tree of ast.h.  Every action is one call of a
 * constructor in ast.c; the grammar itself holds no state.
 *
 * Two expression grammars.  Go forbids a composite literal whose type is a
 * bare (possibly qualified) name in the header of if/for/switch, because
 * `if x {` must mean "the block of if x".  An LALR(1) parser cannot tell the
 * two apart with a flag, so headers use a parallel copy of the expression
 * rules (hexpr, hunary, hprimary) without the `primary { elements }` rule.
 * Brackets and parentheses lead back into the ordinary grammar, exactly as
 * gc's xnest counter does.  Composite literals of type literals
 * (`[]int{1}`, `map[K]V{}`, `struct{}{}`) are allowed everywhere.
 *
 * Types and expressions.  Types have their own nonterminal (`type`) where
 * only a type may appear (declarations, parameters, assertions); where an
 * expression may be a type (conversions, make, new, case lists) the type
 * literals are operands.  `<-chan T` is a type only in type position; as an
 * operand it parses as receive applied to `chan T`, as in gc.
 *
 * Positions follow the comment at the top of ast.h.
 */

%include {
#define YYNOERRORRECOVERY 1 /* report every error; syntax.c resynchronises */
#include <assert.h>
#include <stdio.h>
#include <stdlib.h>

#include "ast.h"
#include "diag.h"
#include "lex.h"
#include "types.h"

struct yyParser;
static void parse_syntax_error(ParseCtx *ctx, struct yyParser *p, int major, Tok *tok);
static void parse_stack_overflow(ParseCtx *ctx);
}

%name Parse
%token_prefix T_
%token_type {Tok}
%default_type {Node *}
%extra_context {ParseCtx *ctx}
%stack_size 2500
%start_symbol file

%syntax_error  { parse_syntax_error(ctx, yypParser, yymajor, &TOKEN); }
%stack_overflow { parse_stack_overflow(ctx); }

/* Token codes: keywords, literals, operators (the lexer's order). */
%token BREAK CASE CHAN CONST CONTINUE DEFAULT DEFER ELSE FALLTHROUGH FOR FUNC GO
       GOTO IF IMPORT INTERFACE MAP PACKAGE RANGE RETURN SELECT STRUCT SWITCH TYPE
       VAR.
%token IDENT INT FLOAT IMAG CHAR STRING.
%token ASSIGNOP ARROW INC DEC ASSIGN NOT TILDE DEFINE ELLIPSIS LPAREN RPAREN
       LBRACK RBRACK RBRACE COMMA SEMI DOT COLON.

/* Binary operators, loosest first (the spec's five levels).  The rules
 * marked [LOW] lose every shift-reduce tie against the tokens of the last
 * line: "[]T {" and "func() {" start literals, "func() (" "func() [" "func() *"
 * "func() <-" start result types, and "pkg ." continues a qualified name. */
%nonassoc LOW.
%left OROR.
%left ANDAND.
%left EQL NEQ LSS LEQ GTR GEQ.
%left ADD SUB OR XOR.
%left MUL QUO REM SHL SHR AND ANDNOT.
%nonassoc LBRACE LPAREN LBRACK ARROW DOT.

/* ======================= file ======================= */
file ::= PACKAGE IDENT(N) SEMI import_list(I) decl_list(D).
	{ ctx->file = ast_file(N.pos, N.text, I, D); }

%type import_list {NodeList}
import_list(A) ::= .                                { A = ast_list0(); }
import_list(A) ::= import_list(L) import_decl(D) SEMI. { A = ast_list_concat(L, D); }

%type decl_list {NodeList}
decl_list(A) ::= .                              { A = ast_list0(); }
decl_list(A) ::= decl_list(L) top_decl(D) SEMI. { A = ast_list_concat(L, D); }

%type top_decl {NodeList}
top_decl(A) ::= decl(A).
top_decl(A) ::= func_decl(F).                   { A = ast_list1(F); }

/* ======================= imports ======================= */
%type import_decl {NodeList}
import_decl(A) ::= IMPORT import_spec(S).                { A = ast_list1(S); }
import_decl(A) ::= IMPORT LPAREN import_specs(L) RPAREN.   { A = L; }

%type import_specs {NodeList}
import_specs(A) ::= oimport_spec(S).                     { A = ast_list1(S); }
import_specs(A) ::= import_specs(L) SEMI oimport_spec(S). { A = ast_list_add(L, S); }

oimport_spec(A) ::= .                                    { A = NULL; }
oimport_spec(A) ::= import_spec(A).
import_spec(A) ::= STRING(P).                            { A = ast_import(P.pos, NULL, P.text); }
import_spec(A) ::= IDENT(N) STRING(P).                   { A = ast_import(P.pos, N.text, P.text); }
import_spec(A) ::= DOT STRING(P).                        { A = ast_import(P.pos, ".", P.text); }

/* ======================= const, var, type ======================= */
%type decl {NodeList}
decl(A) ::= CONST const_spec(S).                    { A = ast_const_single(S); }
decl(A) ::= CONST LPAREN const_specs(L) RPAREN.     { A = ast_const_group(L); }
decl(A) ::= VAR var_spec(S).                        { A = ast_list1(S); }
decl(A) ::= VAR LPAREN var_specs(L) RPAREN.        { A = L; }
decl(A) ::= TYPE type_spec(S).                      { A = ast_list1(S); }
decl(A) ::= TYPE LPAREN type_specs(L) RPAREN.      { A = L; }

%type const_specs {NodeList}
const_specs(A) ::= oconst_spec(S).                        { A = ast_list1(S); }
const_specs(A) ::= const_specs(L) SEMI oconst_spec(S).    { A = ast_list_add(L, S); }
oconst_spec(A) ::= .                                      { A = NULL; }
oconst_spec(A) ::= const_spec(A).
const_spec(A) ::= ident_list(N).                          { A = ast_constdecl(N, NULL, ast_list0()); }
const_spec(A) ::= ident_list(N) otype(T) ASSIGN expr_list(E). { A = ast_constdecl(N, T, E); }

%type var_specs {NodeList}
var_specs(A) ::= ovar_spec(S).                            { A = ast_list1(S); }
var_specs(A) ::= var_specs(L) SEMI ovar_spec(S).          { A = ast_list_add(L, S); }
ovar_spec(A) ::= .                                        { A = NULL; }
ovar_spec(A) ::= var_spec(A).
var_spec(A) ::= ident_list(N) type(T).                    { A = ast_vardecl(N, T, ast_list0()); }
var_spec(A) ::= ident_list(N) otype(T) ASSIGN expr_list(E). { A = ast_vardecl(N, T, E); }

%type type_specs {NodeList}
type_specs(A) ::= otype_spec(S).                          { A = ast_list1(S); }
type_specs(A) ::= type_specs(L) SEMI otype_spec(S).       { A = ast_list_add(L, S); }
otype_spec(A) ::= .                                       { A = NULL; }
otype_spec(A) ::= type_spec(A).
type_spec(A) ::= IDENT(N) type(T).                        { A = ast_typedecl(N.pos, N.text, T, false); }
type_spec(A) ::= IDENT(N) ASSIGN type(T).                 { A = ast_typedecl(N.pos, N.text, T, true); }

otype(A) ::= .                                            { A = NULL; }
otype(A) ::= type(A).

%type ident_list {NodeList}
ident_list(A) ::= IDENT(N).                               { A = ast_names1(N.pos, N.text); }
ident_list(A) ::= ident_list(L) COMMA IDENT(N).           { A = ast_names_add(L, N.pos, N.text); }

/* ======================= functions ======================= */
func_decl(A) ::= FUNC(F) oreceiver(R) IDENT(N) signature(S) oblock(B).
	{ A = ast_funcdecl(F.pos, F.noescape, R, N.pos, N.text, S, B); }

%type oreceiver {NodeList}
oreceiver(A) ::= .                              { A = ast_list0(); }
oreceiver(A) ::= params(A).

oblock(A) ::= .                                 { A = NULL; }
oblock(A) ::= block(A).

%type signature {Func *}
signature(A) ::= params(P) oresult(R).          { A = ast_signature(P, R); }

%type oresult {NodeList}
oresult(A) ::= . [LOW]                          { A = ast_list0(); }
oresult(A) ::= params(A).
oresult(A) ::= type_np(T).                      { A = ast_result(T); }

/* Parameters are collected as written, then grouped by ast_params:
 * in (a, b int) the a is a name, in (a, b) both are types. */
%type params {NodeList}
params(A) ::= LPAREN RPAREN.                            { A = ast_list0(); }
params(A) ::= LPAREN param_list(L) ocomma RPAREN.       { A = ast_params(L); }

%type param_list {NodeList}
param_list(A) ::= param(P).                             { A = ast_list1(P); }
param_list(A) ::= param_list(L) COMMA param(P).         { A = ast_list_add(L, P); }

param(A) ::= type(T).                                   { A = ast_field(T->pos, NULL, T, NULL, false); }
param(A) ::= IDENT(N) type(T).                          { A = ast_field(N.pos, N.text, T, NULL, false); }
param(A) ::= ELLIPSIS(D) type(T).                       { A = ast_param_dots(D.pos, NULL, D.pos, T); }
param(A) ::= IDENT(N) ELLIPSIS(D) type(T).              { A = ast_param_dots(N.pos, N.text, D.pos, T); }

ocomma ::= .
ocomma ::= COMMA.

/* ======================= types ======================= */
/* type: any type; type_np: not parenthesised (a result type, where "(" would
 * start a result list); type_na: not starting with "<-" (a channel's element,
 * so that chan<- chan int means chan<- (chan int)). */
type(A) ::= type_np(A).
type(A) ::= LPAREN(L) type(T) RPAREN.           { A = ast_paren(L.pos, T); }
type_np(A) ::= type_na(A).
type_np(A) ::= ARROW(R) CHAN type(T).           { A = ast_chantype(R.pos, 2, T); }

type_na(A) ::= typename(A).
type_na(A) ::= MUL(S) type(T).                  { A = ast_unary(S.pos, T_MUL, T); }
type_na(A) ::= LBRACK(L) expr(N) RBRACK type(T). { A = ast_arraytype(L.pos, N, T); }
type_na(A) ::= littype_nolen(A).
type_na(A) ::= chantype(A).
type_na(A) ::= functype(A).
type_na(A) ::= ifacetype(A).

typename(A) ::= IDENT(N). [LOW]                 { A = ast_ident(N.pos, N.text); }
typename(A) ::= IDENT(P) DOT(D) IDENT(N).       { A = ast_qualified(P.pos, P.text, D.pos, N.text); }

/* Type literals that may be followed by { elements } anywhere. */
littype(A) ::= LBRACK(L) expr(N) RBRACK type(T).        { A = ast_arraytype(L.pos, N, T); }
littype(A) ::= LBRACK(L) ELLIPSIS RBRACK type(T).       { A = ast_arraytype(L.pos, NULL, T); }
littype(A) ::= littype_nolen(A).
littype_nolen(A) ::= LBRACK(L) RBRACK type(T).          { A = ast_slicetype(L.pos, T); }
littype_nolen(A) ::= MAP(M) LBRACK type(K) RBRACK type(V). { A = ast_maptype(M.pos, K, V); }
littype_nolen(A) ::= STRUCT(S) LBRACE field_list(L) RBRACE. { A = ast_structtype(S.pos, L); }

chantype(A) ::= CHAN(C) chanelem(T).            { A = ast_chantype(C.pos, 0, T); }
chantype(A) ::= CHAN(C) ARROW type(T).          { A = ast_chantype(C.pos, 1, T); }
chanelem(A) ::= type_na(A).
chanelem(A) ::= LPAREN(L) type(T) RPAREN.       { A = ast_paren(L.pos, T); }

functype(A) ::= FUNC(F) signature(S). [LOW]     { A = ast_functype(F.pos, S); }

ifacetype(A) ::= INTERFACE(I) LBRACE iface_list(L) RBRACE. { A = ast_ifacetype(I.pos, L); }

%type field_list {NodeList}
field_list(A) ::= ofield_decl(A).
field_list(A) ::= field_list(L) SEMI ofield_decl(F).    { A = ast_list_concat(L, F); }

%type ofield_decl {NodeList}
ofield_decl(A) ::= .                                    { A = ast_list0(); }
ofield_decl(A) ::= ident_list(N) type(T) otag(G).       { A = ast_fields(N, T, G); }
ofield_decl(A) ::= typename(T) otag(G).                 { A = ast_embedded(T, G); }
ofield_decl(A) ::= MUL(S) typename(T) otag(G).          { A = ast_embedded_ptr(S.pos, T, G); }

%type otag {const char *}
otag(A) ::= .                                           { A = NULL; }
otag(A) ::= STRING(S).                                  { A = S.text; }

%type iface_list {NodeList}
iface_list(A) ::= oiface_elem(E).                       { A = ast_list1(E); }
iface_list(A) ::= iface_list(L) SEMI oiface_elem(E).    { A = ast_list_add(L, E); }
oiface_elem(A) ::= .                                    { A = NULL; }
oiface_elem(A) ::= IDENT(N) signature(S).               { A = ast_method(N.pos, N.text, S); }
oiface_elem(A) ::= typename(T).                         { A = ast_field(T->pos, NULL, T, NULL, false); }

/* ======================= statements ======================= */
block(A) ::= LBRACE(L) stmt_list(S) RBRACE.     { A = ast_block(L.pos, S); }

%type stmt_list {NodeList}
stmt_list(A) ::= ostmt(S).                      { A = ast_list1(S); }
stmt_list(A) ::= decl(A).
stmt_list(A) ::= stmt_list(L) SEMI ostmt(S).    { A = ast_list_add(L, S); }
stmt_list(A) ::= stmt_list(L) SEMI decl(D).     { A = ast_list_concat(L, D); }
stmt_list(A) ::= IDENT(N) COLON decl(D).        { A = ast_labeled_decl(ast_list0(), N.pos, N.text, D); }
stmt_list(A) ::= stmt_list(L) SEMI IDENT(N) COLON decl(D).
	{ A = ast_labeled_decl(L, N.pos, N.text, D); }

ostmt(A) ::= .                                  { A = NULL; }
ostmt(A) ::= stmt(A).

stmt(A) ::= simple_stmt(A).
stmt(A) ::= block(A).
stmt(A) ::= IDENT(N) COLON ostmt(S).            { A = ast_labeled(N.pos, N.text, S); }
stmt(A) ::= GO(K) expr(X).                      { A = ast_godefer(K.pos, N_GO, X); }
stmt(A) ::= DEFER(K) expr(X).                   { A = ast_godefer(K.pos, N_DEFER, X); }
stmt(A) ::= RETURN(K) oexpr_list(L).            { A = ast_return(K.pos, L); }
stmt(A) ::= BREAK(K) olabel(L).                 { A = ast_branch(K.pos, T_BREAK, L); }
stmt(A) ::= CONTINUE(K) olabel(L).              { A = ast_branch(K.pos, T_CONTINUE, L); }
stmt(A) ::= GOTO(K) IDENT(L).                   { A = ast_branch(K.pos, T_GOTO, L.text); }
stmt(A) ::= FALLTHROUGH(K).                     { A = ast_branch(K.pos, T_FALLTHROUGH, NULL); }
stmt(A) ::= if_stmt(A).
stmt(A) ::= SWITCH(K) header(H) LBRACE case_list(L) RBRACE. { A = ast_switch(K.pos, H, L); }
stmt(A) ::= SELECT(K) LBRACE case_list(L) RBRACE.           { A = ast_select(K.pos, L); }
stmt(A) ::= FOR(K) for_header(H) block(B).                  { A = ast_for(K.pos, H, B); }

%type olabel {const char *}
olabel(A) ::= .                                 { A = NULL; }
olabel(A) ::= IDENT(N).                         { A = N.text; }

/* ---- simple statements (and their header twins) ---- */
simple_stmt(A) ::= expr(X).                             { A = ast_exprstmt(X); }
simple_stmt(A) ::= expr(X) ARROW(O) expr(Y).            { A = ast_send(O.pos, X, Y); }
simple_stmt(A) ::= expr(X) INC(O).                      { A = ast_incdec(O.pos, T_INC, X); }
simple_stmt(A) ::= expr(X) DEC(O).                      { A = ast_incdec(O.pos, T_DEC, X); }
simple_stmt(A) ::= expr(X) ASSIGNOP(O) expr(Y).         { A = ast_opassign(O.pos, O.op, X, Y); }
simple_stmt(A) ::= expr_list(L) ASSIGN(O) expr_list(R). { A = ast_assign(O.pos, T_ASSIGN, L, R); }
simple_stmt(A) ::= expr_list(L) DEFINE(O) expr_list(R). { A = ast_assign(O.pos, T_DEFINE, L, R); }

hsimple_stmt(A) ::= hexpr(X).                               { A = ast_exprstmt(X); }
hsimple_stmt(A) ::= hexpr(X) ARROW(O) hexpr(Y).             { A = ast_send(O.pos, X, Y); }
hsimple_stmt(A) ::= hexpr(X) INC(O).                        { A = ast_incdec(O.pos, T_INC, X); }
hsimple_stmt(A) ::= hexpr(X) DEC(O).                        { A = ast_incdec(O.pos, T_DEC, X); }
hsimple_stmt(A) ::= hexpr(X) ASSIGNOP(O) hexpr(Y).          { A = ast_opassign(O.pos, O.op, X, Y); }
hsimple_stmt(A) ::= hexpr_list(L) ASSIGN(O) hexpr_list(R).  { A = ast_assign(O.pos, T_ASSIGN, L, R); }
hsimple_stmt(A) ::= hexpr_list(L) DEFINE(O) hexpr_list(R).  { A = ast_assign(O.pos, T_DEFINE, L, R); }

ohsimple_stmt(A) ::= .                          { A = NULL; }
ohsimple_stmt(A) ::= hsimple_stmt(A).

/* ---- if, switch, select ---- */
/* The header of if and switch: [init ;] condition-or-tag. */
%type header {AstHeader}
header(A) ::= ohsimple_stmt(S).                          { A = ast_header(NULL, S, NULL, NULL); }
header(A) ::= ohsimple_stmt(I) SEMI(P) ohsimple_stmt(S). { A = ast_header(I, S, &P.pos, P.text); }

if_stmt(A) ::= IF(K) header(H) block(B) oelse(E).   { A = ast_if(K.pos, H, B, E); }
oelse(A) ::= .                                      { A = NULL; }
oelse(A) ::= ELSE if_stmt(S).                       { A = S; }
oelse(A) ::= ELSE block(B).                         { A = B; }

%type case_list {NodeList}
case_list(A) ::= .                                          { A = ast_list0(); }
case_list(A) ::= case_list(L) case_clause(C).               { A = ast_list_add(L, C); }
case_clause(A) ::= CASE(K) expr_list(E) COLON stmt_list(S). { A = ast_case(K.pos, false, E, NULL, S); }
case_clause(A) ::= CASE(K) comm_stmt(C) COLON stmt_list(S). { A = ast_case(K.pos, false, ast_list0(), C, S); }
case_clause(A) ::= DEFAULT(K) COLON stmt_list(S).           { A = ast_case(K.pos, true, ast_list0(), NULL, S); }

/* The statements of select cases other than a bare receive (an expression). */
comm_stmt(A) ::= expr(X) ARROW(O) expr(Y).                  { A = ast_send(O.pos, X, Y); }
comm_stmt(A) ::= expr_list(L) ASSIGN(O) expr_list(R).       { A = ast_assign(O.pos, T_ASSIGN, L, R); }
comm_stmt(A) ::= expr_list(L) DEFINE(O) expr_list(R).       { A = ast_assign(O.pos, T_DEFINE, L, R); }

/* ---- for ---- */
for_header(A) ::= .                                     { A = ast_for_clause(NULL, NULL, NULL); }
for_header(A) ::= hexpr(C).                             { A = ast_for_clause(NULL, C, NULL); }
for_header(A) ::= ohsimple_stmt(I) SEMI ohexpr(C) SEMI ohsimple_stmt(P). { A = ast_for_clause(I, C, P); }
for_header(A) ::= RANGE(R) hexpr(X).                    { A = ast_range(R.pos, 0, ast_list0(), X); }
for_header(A) ::= hexpr_list(L) ASSIGN RANGE(R) hexpr(X). { A = ast_range(R.pos, T_ASSIGN, L, X); }
for_header(A) ::= hexpr_list(L) DEFINE RANGE(R) hexpr(X). { A = ast_range(R.pos, T_DEFINE, L, X); }

ohexpr(A) ::= .                                         { A = NULL; }
ohexpr(A) ::= hexpr(A).

/* ======================= expressions ======================= */
%type expr_list {NodeList}
expr_list(A) ::= expr(X).                               { A = ast_list1(X); }
expr_list(A) ::= expr_list(L) COMMA expr(X).            { A = ast_list_add(L, X); }

%type oexpr_list {NodeList}
oexpr_list(A) ::= .                                     { A = ast_list0(); }
oexpr_list(A) ::= expr_list(A).

%type hexpr_list {NodeList}
hexpr_list(A) ::= hexpr(X).                             { A = ast_list1(X); }
hexpr_list(A) ::= hexpr_list(L) COMMA hexpr(X).         { A = ast_list_add(L, X); }

oexpr(A) ::= .                                          { A = NULL; }
oexpr(A) ::= expr(A).

/* ---- binary operators ---- */
expr(A) ::= unary(A).
expr(A) ::= expr(X) OROR(O) expr(Y).        { A = ast_binary(O.pos, T_OROR, X, Y); }
expr(A) ::= expr(X) ANDAND(O) expr(Y).      { A = ast_binary(O.pos, T_ANDAND, X, Y); }
expr(A) ::= expr(X) EQL(O) expr(Y).         { A = ast_binary(O.pos, T_EQL, X, Y); }
expr(A) ::= expr(X) NEQ(O) expr(Y).         { A = ast_binary(O.pos, T_NEQ, X, Y); }
expr(A) ::= expr(X) LSS(O) expr(Y).         { A = ast_binary(O.pos, T_LSS, X, Y); }
expr(A) ::= expr(X) LEQ(O) expr(Y).         { A = ast_binary(O.pos, T_LEQ, X, Y); }
expr(A) ::= expr(X) GTR(O) expr(Y).         { A = ast_binary(O.pos, T_GTR, X, Y); }
expr(A) ::= expr(X) GEQ(O) expr(Y).         { A = ast_binary(O.pos, T_GEQ, X, Y); }
expr(A) ::= expr(X) ADD(O) expr(Y).         { A = ast_binary(O.pos, T_ADD, X, Y); }
expr(A) ::= expr(X) SUB(O) expr(Y).         { A = ast_binary(O.pos, T_SUB, X, Y); }
expr(A) ::= expr(X) OR(O) expr(Y).          { A = ast_binary(O.pos, T_OR, X, Y); }
expr(A) ::= expr(X) XOR(O) expr(Y).         { A = ast_binary(O.pos, T_XOR, X, Y); }
expr(A) ::= expr(X) MUL(O) expr(Y).         { A = ast_binary(O.pos, T_MUL, X, Y); }
expr(A) ::= expr(X) QUO(O) expr(Y).         { A = ast_binary(O.pos, T_QUO, X, Y); }
expr(A) ::= expr(X) REM(O) expr(Y).         { A = ast_binary(O.pos, T_REM, X, Y); }
expr(A) ::= expr(X) SHL(O) expr(Y).         { A = ast_binary(O.pos, T_SHL, X, Y); }
expr(A) ::= expr(X) SHR(O) expr(Y).         { A = ast_binary(O.pos, T_SHR, X, Y); }
expr(A) ::= expr(X) AND(O) expr(Y).         { A = ast_binary(O.pos, T_AND, X, Y); }
expr(A) ::= expr(X) ANDNOT(O) expr(Y).      { A = ast_binary(O.pos, T_ANDNOT, X, Y); }

hexpr(A) ::= hunary(A).
hexpr(A) ::= hexpr(X) OROR(O) hexpr(Y).     { A = ast_binary(O.pos, T_OROR, X, Y); }
hexpr(A) ::= hexpr(X) ANDAND(O) hexpr(Y).   { A = ast_binary(O.pos, T_ANDAND, X, Y); }
hexpr(A) ::= hexpr(X) EQL(O) hexpr(Y).      { A = ast_binary(O.pos, T_EQL, X, Y); }
hexpr(A) ::= hexpr(X) NEQ(O) hexpr(Y).      { A = ast_binary(O.pos, T_NEQ, X, Y); }
hexpr(A) ::= hexpr(X) LSS(O) hexpr(Y).      { A = ast_binary(O.pos, T_LSS, X, Y); }
hexpr(A) ::= hexpr(X) LEQ(O) hexpr(Y).      { A = ast_binary(O.pos, T_LEQ, X, Y); }
hexpr(A) ::= hexpr(X) GTR(O) hexpr(Y).      { A = ast_binary(O.pos, T_GTR, X, Y); }
hexpr(A) ::= hexpr(X) GEQ(O) hexpr(Y).      { A = ast_binary(O.pos, T_GEQ, X, Y); }
hexpr(A) ::= hexpr(X) ADD(O) hexpr(Y).      { A = ast_binary(O.pos, T_ADD, X, Y); }
hexpr(A) ::= hexpr(X) SUB(O) hexpr(Y).      { A = ast_binary(O.pos, T_SUB, X, Y); }
hexpr(A) ::= hexpr(X) OR(O) hexpr(Y).       { A = ast_binary(O.pos, T_OR, X, Y); }
hexpr(A) ::= hexpr(X) XOR(O) hexpr(Y).      { A = ast_binary(O.pos, T_XOR, X, Y); }
hexpr(A) ::= hexpr(X) MUL(O) hexpr(Y).      { A = ast_binary(O.pos, T_MUL, X, Y); }
hexpr(A) ::= hexpr(X) QUO(O) hexpr(Y).      { A = ast_binary(O.pos, T_QUO, X, Y); }
hexpr(A) ::= hexpr(X) REM(O) hexpr(Y).      { A = ast_binary(O.pos, T_REM, X, Y); }
hexpr(A) ::= hexpr(X) SHL(O) hexpr(Y).      { A = ast_binary(O.pos, T_SHL, X, Y); }
hexpr(A) ::= hexpr(X) SHR(O) hexpr(Y).      { A = ast_binary(O.pos, T_SHR, X, Y); }
hexpr(A) ::= hexpr(X) AND(O) hexpr(Y).      { A = ast_binary(O.pos, T_AND, X, Y); }
hexpr(A) ::= hexpr(X) ANDNOT(O) hexpr(Y).   { A = ast_binary(O.pos, T_ANDNOT, X, Y); }

/* ---- unary operators ---- */
unary(A) ::= primary(A).
unary(A) ::= ADD(O) unary(X).               { A = ast_unary(O.pos, T_ADD, X); }
unary(A) ::= SUB(O) unary(X).               { A = ast_unary(O.pos, T_SUB, X); }
unary(A) ::= NOT(O) unary(X).               { A = ast_unary(O.pos, T_NOT, X); }
unary(A) ::= XOR(O) unary(X).               { A = ast_unary(O.pos, T_XOR, X); }
unary(A) ::= AND(O) unary(X).               { A = ast_unary(O.pos, T_AND, X); }
unary(A) ::= MUL(O) unary(X).               { A = ast_unary(O.pos, T_MUL, X); }
unary(A) ::= ARROW(O) unary(X).             { A = ast_unary(O.pos, T_ARROW, X); }

hunary(A) ::= hprimary(A).
hunary(A) ::= ADD(O) hunary(X).             { A = ast_unary(O.pos, T_ADD, X); }
hunary(A) ::= SUB(O) hunary(X).             { A = ast_unary(O.pos, T_SUB, X); }
hunary(A) ::= NOT(O) hunary(X).             { A = ast_unary(O.pos, T_NOT, X); }
hunary(A) ::= XOR(O) hunary(X).             { A = ast_unary(O.pos, T_XOR, X); }
hunary(A) ::= AND(O) hunary(X).             { A = ast_unary(O.pos, T_AND, X); }
hunary(A) ::= MUL(O) hunary(X).             { A = ast_unary(O.pos, T_MUL, X); }
hunary(A) ::= ARROW(O) hunary(X).           { A = ast_unary(O.pos, T_ARROW, X); }

/* ---- primary expressions ---- */
primary(A) ::= operand(A).
primary(A) ::= primary(X) DOT(D) IDENT(N).                  { A = ast_selector(D.pos, X, N.text); }
primary(A) ::= primary(X) DOT(D) LPAREN type(T) RPAREN.     { A = ast_typeassert(D.pos, X, T); }
primary(A) ::= primary(X) DOT(D) LPAREN TYPE RPAREN.        { A = ast_typeassert(D.pos, X, NULL); }
primary(A) ::= primary(X) LBRACK(L) expr(I) RBRACK.         { A = ast_index(L.pos, X, I); }
primary(A) ::= primary(X) LBRACK(L) oexpr(I) COLON oexpr(J) RBRACK.
	{ A = ast_slice(L.pos, X, I, J); }
primary(A) ::= primary(X) LBRACK(L) oexpr(I) COLON(C) oexpr(J) COLON oexpr(K) RBRACK(R).
	{ A = ast_slice3(L.pos, X, I, J, K, C.pos, R.pos); }
primary(A) ::= primary(X) LPAREN(L) call_args(G) RPAREN.    { A = ast_call(L.pos, X, G); }
primary(A) ::= primary(X) LBRACE(L) elem_list(E) RBRACE.    { A = ast_complit(L.pos, X, E); }

hprimary(A) ::= operand(A).
hprimary(A) ::= hprimary(X) DOT(D) IDENT(N).                { A = ast_selector(D.pos, X, N.text); }
hprimary(A) ::= hprimary(X) DOT(D) LPAREN type(T) RPAREN.   { A = ast_typeassert(D.pos, X, T); }
hprimary(A) ::= hprimary(X) DOT(D) LPAREN TYPE RPAREN.      { A = ast_typeassert(D.pos, X, NULL); }
hprimary(A) ::= hprimary(X) LBRACK(L) expr(I) RBRACK.       { A = ast_index(L.pos, X, I); }
hprimary(A) ::= hprimary(X) LBRACK(L) oexpr(I) COLON oexpr(J) RBRACK.
	{ A = ast_slice(L.pos, X, I, J); }
hprimary(A) ::= hprimary(X) LBRACK(L) oexpr(I) COLON(C) oexpr(J) COLON oexpr(K) RBRACK(R).
	{ A = ast_slice3(L.pos, X, I, J, K, C.pos, R.pos); }
hprimary(A) ::= hprimary(X) LPAREN(L) call_args(G) RPAREN.  { A = ast_call(L.pos, X, G); }

%type call_args {AstArgs}
call_args(A) ::= .                                  { A = ast_args(ast_list0(), false); }
call_args(A) ::= expr_list(L) ocomma.               { A = ast_args(L, false); }
call_args(A) ::= expr_list(L) ELLIPSIS ocomma.      { A = ast_args(L, true); }

/* ---- operands ---- */
operand(A) ::= INT(L).                              { A = ast_basiclit(L.pos, T_INT, L.text); }
operand(A) ::= FLOAT(L).                            { A = ast_basiclit(L.pos, T_FLOAT, L.text); }
operand(A) ::= IMAG(L).                             { A = ast_basiclit(L.pos, T_IMAG, L.text); }
operand(A) ::= CHAR(L).                             { A = ast_basiclit(L.pos, T_CHAR, L.text); }
operand(A) ::= STRING(L).                           { A = ast_basiclit(L.pos, T_STRING, L.text); }
operand(A) ::= IDENT(N).                            { A = ast_ident(N.pos, N.text); }
operand(A) ::= LPAREN(L) expr(X) RPAREN.            { A = ast_paren(L.pos, X); }
operand(A) ::= FUNC(F) signature(S) block(B).       { A = ast_funclit(F.pos, S, B); }
operand(A) ::= littype(T) LBRACE(L) elem_list(E) RBRACE. { A = ast_complit(L.pos, T, E); }
operand(A) ::= littype(A). [LOW]
operand(A) ::= functype(A).
operand(A) ::= chantype(A).
operand(A) ::= ifacetype(A).

/* ---- composite literal elements ---- */
%type elem_list {NodeList}
elem_list(A) ::= .                                  { A = ast_list0(); }
elem_list(A) ::= elems(A) ocomma.

%type elems {NodeList}
elems(A) ::= elem(E).                               { A = ast_list1(E); }
elems(A) ::= elems(L) COMMA elem(E).                { A = ast_list_add(L, E); }

elem(A) ::= elem_value(A).
elem(A) ::= elem_value(K) COLON(C) elem_value(V).   { A = ast_keyvalue(C.pos, K, V); }
elem_value(A) ::= expr(A).
elem_value(A) ::= LBRACE(L) elem_list(E) RBRACE.    { A = ast_complit(L.pos, NULL, E); }

/* ======================= error reporting ======================= */
%code {
_Static_assert(sizeof(YYACTIONTYPE) == sizeof *((ParseCtx *)0)->snap, "ParseCtx.snap");

/* Could the parser have shifted tok?  Lemon's default reductions may
 * already have reduced the stack when an error is noticed, so we ask the
 * state stack as it was before the offending token arrived (ctx->snap,
 * saved by parse_push) and replay lemon's tables on a copy of it. */
static bool parse_accepts(ParseCtx *ctx, int tok)
{
	int n = ctx->nsnap, cap = n + 64;
	YYACTIONTYPE *st = malloc(sizeof *st * (size_t)cap);
	for (int i = 0; i < n; i++)
		st[i] = ctx->snap[i];
	bool ok = false;
	YYACTIONTYPE act = st[n - 1];
	for (int steps = 0; steps < 10000; steps++) {
		act = yy_find_shift_action((YYCODETYPE)tok, act);
		if (act >= YY_MIN_REDUCE) {
			unsigned rule = act - YY_MIN_REDUCE;
			n += yyRuleInfoNRhs[rule];
			if (n <= 0 || n >= cap)
				break;
			act = yy_find_reduce_action(st[n - 1], (YYCODETYPE)yyRuleInfoLhs[rule]);
			st[n++] = act;
			continue;
		}
		ok = act <= YY_MAX_SHIFTREDUCE || act == YY_ACCEPT_ACTION;
		break;
	}
	free(st);
	return ok;
}

static void parse_syntax_error(ParseCtx *ctx, yyParser *p, int major, Tok *tok)
{
	bool expect[YYNTOKEN];
	ctx->clause = NULL;
	ctx->generic = (Pos){0};
	for (yyStackEntry *s = p->yytos; s > p->yystack && !ctx->clause; s--) {
		if (s->major == T_LBRACE || s->major == T_LPAREN || s->major == T_LBRACK)
			break;
		ctx->clause = s->major == T_FOR ? "for" : s->major == T_IF ? "if"
			    : s->major == T_SWITCH ? "switch" : NULL;
	}
	for (int t = 0; t < YYNTOKEN; t++)
		expect[t] = parse_accepts(ctx, t);
	/* func F[ or type T[P any]: type parameters, outside the subset */
	yyStackEntry *top = p->yytos;
	int depth = (int)(top - p->yystack);
	ctx->top = depth >= 1 ? top->major : -1;
	ctx->below = depth >= 2 ? top[-1].major : -1;
	ctx->toplevel = true;
	for (yyStackEntry *s = top; s > p->yystack; s--)
		if (s->major == T_LBRACE)
			ctx->toplevel = false;
	if (major == T_LBRACK && depth >= 3 && top->major == T_IDENT && top[-2].major == T_FUNC) {
		ctx->generic = tok->pos;
	} else if (depth >= 3 && top[-1].major == T_LBRACK && top[-2].major == T_IDENT &&
		   (top[-3].major == T_TYPE || top[-3].major == T_LPAREN || top[-3].major == T_SEMI) &&
		   major != T_RBRACK) {
		ctx->generic = top[-1].minor.yy0.pos;
	}
	parse_report(ctx, tok, expect, YYNTOKEN);
}

static void parse_stack_overflow(ParseCtx *ctx)
{
	parse_report_overflow(ctx);
}

void *parse_alloc(ParseCtx *ctx)
{
	return ParseAlloc(malloc, ctx);
}

void parse_free(void *p)
{
	ParseFree(p, free);
}

void parse_push(void *p, int kind, Tok tok)
{
	yyParser *y = p;
	ParseCtx *ctx = y->ctx;
	int n = (int)(y->yytos - y->yystack) + 1;
	if (n > ctx->capsnap) {
		ctx->capsnap = 2 * n + 64;
		ctx->snap = xrealloc(ctx->snap, sizeof *ctx->snap * (size_t)ctx->capsnap);
	}
	for (int i = 0; i < n; i++)
		ctx->snap[i] = y->yystack[i].stateno;
	ctx->nsnap = n;
	Parse(p, kind, tok);
}
}
