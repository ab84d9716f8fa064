package p

type T struct{ a, b int }
type U struct {
	t T
	p *int
}

var sink interface{}

func f(x int, ch chan interface{}, p *int) { // ERROR "ch does not escape$" "leaking param: p$"
	var m interface{} = T{1, 2} // ERROR "T{...} escapes to heap$"
	var n interface{} = U{T{x, 1}, nil} // ERROR "U{...} does not escape$"
	var o interface{} = U{T{1, 1}, p} // ERROR "U{...} escapes to heap$"
	var q interface{} = U{t: T{}} // ERROR "U{...} does not escape$"
	sink, _ = m, n
	sink, _ = o, q
}
