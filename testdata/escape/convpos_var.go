package p

type T struct{ a, b int }

var sink interface{}

func f(x int, ch chan interface{}) { // ERROR "ch does not escape$"
	var i interface{} = T{} // ERROR "T{} escapes to heap$"
	var j interface{} = T{x, 1} // ERROR "T{...} does not escape$"
	var k interface{} = [2]int{1, x} // ERROR "\[2\]int{...} escapes to heap$"
	var l interface{} = T{a: x} // ERROR "T{...} does not escape$"
	ch <- T{} // ERROR "T{} escapes to heap$"
	ch <- T{x, 2} // ERROR "T{...} escapes to heap$"
	sink, _ = i, j
	sink, _ = k, l
	panic(T{x, 1}) // ERROR "T{...} escapes to heap$"
}
