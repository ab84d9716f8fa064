// errorcheck -0 -m -l

// Loop depth: an address stored in a variable declared outside the loop outlives the
// iteration, so the loop variable moves to the heap.
package main

func lastAddr() *int {
	var p *int
	for i := 0; i < 3; i++ {
		x := i // ERROR "moved to heap: x$"
		p = &x
	}
	return p
}

// BAD: x moves to heap although p never leaves the function (gc: one
// location per variable, loop depth only).
func lastAddrLocal() int {
	var p *int
	for i := 0; i < 3; i++ {
		x := i * 2 // ERROR "moved to heap: x$"
		p = &x
	}
	return *p
}

func sameDepth() int {
	s := 0
	for i := 0; i < 3; i++ {
		x := i
		q := &x
		s += *q
	}
	return s
}

func collect() []*int {
	var ps []*int
	for i := 0; i < 3; i++ {
		v := i // ERROR "moved to heap: v$"
		ps = append(ps, &v)
	}
	return ps
}

func main() {
	println(*lastAddr(), lastAddrLocal(), sameDepth(), len(collect()), *collect()[2])
}
