package main

// Interface conversions: boxing that escapes and boxing that does not.

type S struct{ a, b int }

var sink interface{}

func box(x int) {
	sink = x // ERROR "x escapes to heap$"
}

func noBox(x int) bool {
	var i interface{} = x // ERROR "x does not escape$"
	return i != nil
}

func boxStruct(s S) {
	sink = s // ERROR "s escapes to heap$"
}

func boxPtr(p *S) { // ERROR "leaking param: p$"
	sink = p
}

func assert(i interface{}) int { // ERROR "i does not escape$"
	if s, ok := i.(S); ok {
		return s.a
	}
	return 0
}

func main() {
	box(1)
	boxStruct(S{1, 2})
	boxPtr(&S{3, 4}) // ERROR "&S{...} escapes to heap$"
	println(noBox(2), assert(S{5, 6})) // ERROR "S{...} does not escape$"
}
