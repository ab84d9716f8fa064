// errorcheck -0 -m -l

// Recursive and mutually recursive functions are analysed as one batch.
package main

type list struct {
	v    int
	next *list
}

func length(l *list) int { // ERROR "l does not escape$"
	if l == nil {
		return 0
	}
	return 1 + length(l.next)
}

func last(l *list) *list { // ERROR "leaking param: l to result ~r0 level=0$"
	if l.next == nil {
		return l
	}
	return last(l.next)
}

func even(p *int, n int) bool { // ERROR "p does not escape$"
	if n == 0 {
		return true
	}
	return odd(p, n-1)
}

func odd(p *int, n int) bool { // ERROR "p does not escape$"
	if n == 0 {
		return false
	}
	return even(p, n-1)
}

func fact(n int) int {
	if n <= 1 {
		return 1
	}
	return n * fact(n-1)
}

func build(n int) *list {
	if n == 0 {
		return nil
	}
	return &list{v: n, next: build(n - 1)} // ERROR "&list{...} escapes to heap$"
}

func main() {
	x := 4
	l := build(3)
	println(length(l), last(l).v, even(&x, 4), odd(&x, 3), fact(5))
}
