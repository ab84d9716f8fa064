package main

// Captured variables are recorded in gc's first-use order: an assignment's right side
// is translated before its left side.

var sink *int

func capture(x **int) { // ERROR "x does not escape$"
	var i int // ERROR "moved to heap: i$"
	p := &i
	func() { // ERROR "func literal does not escape$"
		*x = p
	}()
}

func loopCapture() {
	var px *int
	for j := 0; j < 3; j++ {
		var i int // ERROR "moved to heap: i$"
		func() { // ERROR "func literal does not escape$"
			px = &i
		}()
	}
	sink = px
}

func opAssign(n int) int {
	total := 0
	add := func(k int) { total += k * n } // ERROR "func literal does not escape$"
	add(2)
	return total
}

func main() {
	var q *int
	capture(&q)
	loopCapture()
	println(*q, *sink, opAssign(3))
}
