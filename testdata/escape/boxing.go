// errorcheck -0 -m -l

// Converting a value to interface{} boxes it; the box escapes when the interface does.
package main

var sink interface{}

type pt struct{ x, y int }

func boxInt(x int) {
	sink = x // ERROR "x escapes to heap$"
}

func boxString(s string) { // ERROR "leaking param: s$"
	sink = s // ERROR "s escapes to heap$"
}

func boxStruct(p pt) {
	sink = p // ERROR "p escapes to heap$"
}

func boxPtr(p *pt) { // ERROR "leaking param: p$"
	sink = p
}

func boxLocal(x int) bool {
	var i interface{} = x // ERROR "x does not escape$"
	return i == nil
}

func boxExplicit(x int) {
	sink = interface{}(x) // ERROR "\(interface {}\)\(x\) escapes to heap$"
}

func boxConst() {
	sink = 42 // ERROR "42 escapes to heap$"
}

func main() {
	boxInt(1)
	boxString("s")
	boxStruct(pt{1, 2})
	boxPtr(&pt{3, 4}) // ERROR "&pt{...} escapes to heap$"
	boxExplicit(5)
	boxConst()
	println(boxLocal(6))
}
