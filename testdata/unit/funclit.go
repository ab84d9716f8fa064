// dump: ast
// Function literals: assigned, called on the spot, returned, passed; func
// types in parameters and results.
package p

func apply(f func(int) int, x int) int { return f(x) }

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func g() {
	func() {}()
	defer func(x int) { _ = x }(1)
	go func() {}()
	_ = apply(func(x int) int { return x * 2 }, 3)
	var h func() (int, error)
	_ = h
}
