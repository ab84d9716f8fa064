// force-stack: 9
// A variable that gc moves to the heap (its slice outlives the call), wrongly
// kept on the stack.
package main

var gs []*int

func mk() {
	var x [4]*int
	x[0] = new(int)
	gs = x[:]
}

func main() {
	mk()
	println(*gs[0])
}
