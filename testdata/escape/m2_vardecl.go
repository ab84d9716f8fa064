package main

// var declarations with several names are one assignment per name in gc.

var sink interface{}

func decl(x int, p *int) *int { // ERROR "p does not escape$"
	var i, j interface{} = 1, x // ERROR "1 does not escape$" "x escapes to heap$"
	var a, b *int = p, new(int) // ERROR "new\(int\) escapes to heap$"
	sink = j
	_ = i
	_ = a
	return b
}

func main() {
	n := 3
	println(*decl(2, &n))
}
