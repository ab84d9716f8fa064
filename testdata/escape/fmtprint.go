// errorcheck -0 -m -l

// fmt's print functions take ...interface{}: every argument is boxed, and fmt leaks the
// boxes' content; println is a builtin and boxes nothing.
package main

import "fmt"

type pt struct{ x, y int }

// BAD: "x escapes to heap" but boxing a small int (< 256) does not allocate at run time.
func printInt(x int) {
	fmt.Println(x) // ERROR "... argument does not escape$" "x escapes to heap$"
}

func printConsts() {
	fmt.Println(1, "a", true) // ERROR "... argument does not escape$" ".a. escapes to heap$" "1 escapes to heap$" "true escapes to heap$"
}

func printfArgs(a, b int) {
	fmt.Printf("%d %d\n", a, b) // ERROR "... argument does not escape$" "a escapes to heap$" "b escapes to heap$"
}

func sprintf(name string, n int) string { // ERROR "leaking param: name$"
	return fmt.Sprintf("%s=%d", name, n) // ERROR "... argument does not escape$" "n escapes to heap$" "name escapes to heap$"
}

func printStruct(p pt) {
	fmt.Println(p) // ERROR "... argument does not escape$" "p escapes to heap$"
}

func printPtr(p *pt) { // ERROR "p does not escape$"
	fmt.Println(p.x) // ERROR "... argument does not escape$" "p.x escapes to heap$"
}

func printExpr(x, y int) {
	fmt.Println(x+y, x*y) // ERROR "... argument does not escape$" "x \* y escapes to heap$" "x \+ y escapes to heap$"
}

func builtinPrint(x int) {
	println(x)
}

func main() {
	printInt(1)
	printConsts()
	printfArgs(2, 3)
	fmt.Println(sprintf("k", 4)) // ERROR "... argument does not escape$" "sprintf\(.k., 4\) escapes to heap$"
	printStruct(pt{5, 6})
	printPtr(&pt{7, 8}) // ERROR "&pt{...} does not escape$"
	printExpr(2, 5)
	builtinPrint(9)
}
