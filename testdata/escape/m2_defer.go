package main

// defer: the wrapper closure stays on the stack outside loops.

type logger interface{ Log(s string) }

type stdout struct{}

func (stdout) Log(s string) { println(s) } // ERROR "s does not escape$"

func deferred(l logger, msg string) { // ERROR "leaking param: l$" "leaking param: msg$"
	defer l.Log(msg)
	x := 1
	defer func() { println(x) }() // ERROR "func literal does not escape$"
}

func inLoop(n int) {
	for i := 0; i < n; i++ {
		defer func(k int) { println(k) }(i) // ERROR "func literal escapes to heap$"
	}
}

func main() {
	deferred(stdout{}, "bye") // ERROR "stdout{} escapes to heap$"
	inLoop(2)
}
