package main

// Recursion and mutual recursion: analysed together as one batch.

type list struct {
	next *list
	v    int
}

func build(n int) *list {
	if n == 0 {
		return nil
	}
	return &list{next: build(n - 1), v: n} // ERROR "&list{...} escapes to heap$"
}

func even(p *int, n int) *int { // ERROR "leaking param: p$"
	if n == 0 {
		return p
	}
	return odd(p, n-1)
}

func odd(p *int, n int) *int { // ERROR "leaking param: p$"
	if n == 0 {
		return nil
	}
	return even(p, n-1)
}

func main() {
	x := 1 // ERROR "moved to heap: x$"
	println(build(3).v, *even(&x, 4))
}
