package main

// return f() with several results: gc's temporaries .autotmp_N

func pair(p, q *int) (*int, *int) { return q, p } // ERROR "leaking param: p to result ~r1 level=0$" "leaking param: q to result ~r0 level=0$"

func swap(p, q *int) (*int, *int) { // ERROR "leaking param: p to result ~r0 level=0$" "leaking param: q to result ~r1 level=0$"
	return pair(q, p)
}

func three(s []int) ([]int, []int, int) { return s[:1], s[1:], len(s) } // ERROR "leaking param: s to result ~r0 level=0$" "leaking param: s to result ~r1 level=0$"

func split(s []int) ([]int, []int, int) { // ERROR "leaking param: s to result ~r0 level=0$" "leaking param: s to result ~r1 level=0$"
	return three(s)
}

var g1, g2 *int

func main() {
	a, b := new(int), new(int) // ERROR "new\(int\) escapes to heap$"
	g1, g2 = swap(a, b)
	x, y, n := split(make([]int, 4)) // ERROR "make\(\[\]int, 4\) does not escape$"
	println(len(x), len(y), n)
}
