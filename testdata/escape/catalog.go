package main

import "fmt"

type T struct {
	p *int
	n int
}

func (t *T) Get() int  { return t.n } // ERROR "t does not escape$"
func (t T) Val() int    { return t.n } // ERROR "t does not escape$"
func (t *T) Self()      { t.p = t.p } // ERROR "\(\*T\).Self ignoring self-assignment in t.p = t.p$" "t does not escape$"
func keep(a ...interface{}) { sink = a } // ERROR "a escapes to heap$" "leaking param: a$"

type I interface{ Get() int }

var sink interface{}
var gp *int
var gf func() int

func moved() *int                 { x := 1; return &x } // ERROR "moved to heap: x$"
func ptrLit() *T                  { return &T{} } // ERROR "&T{} escapes to heap$"
func ptrLitNo() int               { t := &T{n: 1}; return t.n } // ERROR "&T{...} does not escape$"
func newEsc() *int                { return new(int) } // ERROR "new\(int\) escapes to heap$"
func newNo() int                  { p := new(int); return *p } // ERROR "new\(int\) does not escape$"
func mkVar(n int) int             { s := make([]int, n); return len(s) } // ERROR "make\(\[\]int, n\) escapes to heap$"
func mkConst() int                { s := make([]int, 8); return len(s) } // ERROR "make\(\[\]int, 8\) does not escape$"
func mkBig() int                  { s := make([]byte, 65537); return len(s) } // ERROR "make\(\[\]byte, 65537\) escapes to heap$"
func newBig() int                 { p := new([65537]byte); return len(p) } // ERROR "new\(\[65537\]byte\) escapes to heap$"
func bigVar() int                 { var a [10<<20 + 1]byte; return len(a) } // ERROR "moved to heap: a$"
func sliceLit() []int             { return []int{1, 2} } // ERROR "\[\]int{...} escapes to heap$"
func sliceLitNo() int             { s := []int{1, 2}; return len(s) } // ERROR "\[\]int{...} does not escape$"
func mapMake() int                { m := make(map[int]int); m[1] = 2; return len(m) } // ERROR "make\(map\[int\]int\) does not escape$"
func mapLit() map[string]int      { return map[string]int{"a": 1} } // ERROR "map\[string\]int{...} escapes to heap$"
func chanMake() int               { c := make(chan int, 1); c <- 1; return <-c }
func closureNo() int              { y := 0; f := func() int { y++; return y }; return f() } // ERROR "func literal does not escape$"
func closureEsc() func() int      { y := 0; return func() int { y++; return y } } // ERROR "func literal escapes to heap$" "moved to heap: y$"
func closureVal() func() int      { y := 0; return func() int { return y } } // ERROR "func literal escapes to heap$"
func iface(x int)                 { sink = x } // ERROR "x escapes to heap$"
func ifaceNo(x int) bool          { var i interface{} = x; return i == nil } // ERROR "x does not escape$"
func boxPrint(x int)              { fmt.Println(x) } // ERROR "... argument does not escape$" "x escapes to heap$"
func boxConst()                   { fmt.Println(1, "a") } // ERROR "... argument does not escape$" ".a. escapes to heap$" "1 escapes to heap$"
func dddEsc()                     { keep(1) } // ERROR "... argument escapes to heap$" "1 escapes to heap$"
func methVal(t *T)                { gf = t.Get } // ERROR "leaking param: t$" "t.Get escapes to heap$"
func methValNo(t T) int           { f := t.Val; return f() } // ERROR "t does not escape$" "t.Val does not escape$"
func s2b(s string) int            { return len([]byte(s)) } // ERROR "\(\[\]byte\)\(s\) does not escape$" "s does not escape$"
func b2s(b []byte) string         { return string(b) } // ERROR "b does not escape$" "string\(b\) escapes to heap$"
func s2r(s string) int            { return len([]rune(s)) } // ERROR "\(\[\]rune\)\(s\) does not escape$" "s does not escape$"
func r2s(r rune) string           { return string(r) } // ERROR "string\(r\) escapes to heap$"
func concat(a, b string) string   { return a + b } // ERROR "a \+ b escapes to heap$" "a does not escape$" "b does not escape$"
func concatNo(a, b string) int    { return len(a + b) } // ERROR "a \+ b does not escape$" "a does not escape$" "b does not escape$"
func leak(p *int)                 { gp = p } // ERROR "leaking param: p$"
func ret(p *int) *int             { return p } // ERROR "leaking param: p to result ~r0 level=0$"
func content(pp **int)            { gp = *pp } // ERROR "leaking param content: pp$"
func retContent(t *T) *int        { return t.p } // ERROR "leaking param: t to result ~r0 level=1$"
func named(p *int) (r *int)       { r = p; return } // ERROR "leaking param: p to result r level=0$"
func noLeak(p *int) int           { return *p } // ERROR "p does not escape$"
func both(pp **int) **int         { gp = *pp; return pp } // ERROR "leaking param content: pp$" "leaking param: pp to result ~r0 level=0$"
func goStmt()                     { x := 0; go func() { x++ }() } // ERROR "func literal escapes to heap$" "moved to heap: x$"
func deferTop()                   { x := 0; defer func() { x++ }() } // ERROR "func literal does not escape$"
func deferLoop()                  { for i := 0; i < 2; i++ { defer func() {}() } } // ERROR "func literal escapes to heap$"
func goCall(p *int)               { go noLeak(p) } // ERROR "leaking param: p$"
func devirt() int                 { var i I = &T{}; return i.Get() } // ERROR "&T{} does not escape$" "devirtualizing i.Get to \*T$"
func app(s []*int, p *int) []*int { return append(s, p) } // ERROR "leaking param content: s$" "leaking param: p$" "leaking param: s to result ~r0 level=0$"
func send(c chan *int)            { x := 0; c <- &x } // ERROR "c does not escape$" "moved to heap: x$"
func loop() *int                  { var p *int; for i := 0; i < 2; i++ { x := i; p = &x }; return p } // ERROR "moved to heap: x$"
func callI(i I) int               { return i.Get() } // ERROR "leaking param: i$"
func bce(i int) int               { var a [8]int; return a[i&7] } // ERROR "index bounds check elided$"
func mapPut(m map[int]*int)       { x := 0; m[0] = &x } // ERROR "m does not escape$" "moved to heap: x$"
func pan(x int)                   { panic(x) } // ERROR "x escapes to heap$"
func assert(i interface{}) *int   { return i.(*int) } // ERROR "leaking param: i to result ~r0 level=0$"

func main() {}
