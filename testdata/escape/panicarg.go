// errorcheck -0 -m -l

// panic's argument is converted to interface{} and always escapes.
package main

func check(x int) int {
	if x < 0 {
		panic(x) // ERROR "x escapes to heap$"
	}
	return x
}

func checkMsg(ok bool) {
	if !ok {
		panic("not ok") // ERROR ".not ok. escapes to heap$"
	}
}

func checkErr(s string) { // ERROR "s does not escape$"
	if s != "" {
		panic("bad: " + s) // ERROR ".bad: . \+ s escapes to heap$"
	}
}

func main() {
	checkMsg(true)
	checkErr("")
	println(check(3))
}
