package main

// Method values and method expressions.

type T struct{ n int }

func (t *T) Inc()    { t.n++ } // ERROR "t does not escape$"
func (t T) Get() int { return t.n }

var keep func()

func bound(t *T) { // ERROR "t does not escape$"
	f := t.Inc // ERROR "t.Inc does not escape$"
	f()
}

func escapes(t *T) { // ERROR "leaking param: t$"
	keep = t.Inc // ERROR "t.Inc escapes to heap$"
}

func expr(t T) int {
	g := T.Get
	return g(t)
}

func main() {
	t := &T{} // ERROR "&T{} escapes to heap$"
	bound(t)
	escapes(t)
	keep()
	println(expr(*t))
}
