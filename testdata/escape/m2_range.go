package main

// Range loops: the flows are explained at the `range` keyword.

type item struct{ name *string }

var names []*string

func collect(items []item) { // ERROR "leaking param content: items$"
	for _, it := range items {
		names = append(names, it.name)
	}
}

func arrayRange(a [3]*int) *int { // ERROR "leaking param: a to result ~r0 level=0$"
	var last *int
	for _, p := range a {
		last = p
	}
	return last
}

func keys(m map[string]*int) (out []*int) { // ERROR "leaking param content: m$"
	for _, v := range m {
		out = append(out, v)
	}
	return
}

func main() {
	s := "a" // ERROR "moved to heap: s$"
	collect([]item{{&s}}) // ERROR "\[\]item{...} does not escape$"
	x := 1 // ERROR "moved to heap: x$"
	println(*arrayRange([3]*int{&x, &x, &x}), len(keys(map[string]*int{"a": &x})), len(names)) // ERROR "map\[string\]\*int{...} does not escape$"
}
