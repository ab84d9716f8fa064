// errorcheck -0 -m -l

// Where gc reports an implicit conversion to interface{} depends on the context (see
// shared/notes/escape-reference.md §2.4): call arguments and returns at the operand,
// assignments at the last left-hand operand, var declarations and appends at the last
// name in the value, composite literal elements at the element (or the ':' of k: v).
package main

type pt struct{ x, y int }

var sink, sink2 interface{}
var list []interface{}

func args(x, y int) {
	keep(x, y+1, "s") // ERROR "... argument escapes to heap$" ".s. escapes to heap$" "x escapes to heap$" "y \+ 1 escapes to heap$"
}

func keep(vs ...interface{}) { // ERROR "leaking param: vs$"
	list = vs
}

func ret(x int) (interface{}, interface{}) {
	return x, 2 // ERROR "2 escapes to heap$" "x escapes to heap$"
}

func assign(x int, p *pt) { // ERROR "p does not escape$"
	sink, sink2 = x, p.y // ERROR "p.y escapes to heap$" "x escapes to heap$"
}

func vardecl(x int) interface{} {
	var i, j interface{} = 1, x // ERROR "1 escapes to heap$" "x does not escape$"
	_ = j
	return i
}

func appendBox(x int) {
	list = append(list, x+1) // ERROR "x \+ 1 escapes to heap$"
}

func literal(x int) []interface{} {
	return []interface{}{x, 3: x * 2} // ERROR "\[\]interface {}{...} escapes to heap$" "x \* 2 escapes to heap$" "x escapes to heap$"
}

func structLit(x int) {
	sink = struct{ a, b interface{} }{a: x, b: "b"} // ERROR ".b. escapes to heap$" "struct { a interface {}; b interface {} }{...} escapes to heap$" "x escapes to heap$"
}

func main() {
	args(1, 2)
	a, b := ret(3)
	assign(4, &pt{5, 6}) // ERROR "&pt{...} does not escape$"
	appendBox(7)
	structLit(8)
	println(a != nil, b != nil, vardecl(5) != nil, len(literal(9)), len(list))
}
