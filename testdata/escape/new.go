// errorcheck -0 -m -l

// new(T) allocates on the stack unless the pointer outlives the frame.
package main

type point struct{ x, y int }

var sink *point

func newEscapes() *int {
	return new(int) // ERROR "new\(int\) escapes to heap$"
}

func newStays() int {
	p := new(int) // ERROR "new\(int\) does not escape$"
	*p = 42
	return *p
}

func newStruct() {
	sink = new(point) // ERROR "new\(point\) escapes to heap$"
}

func newStructStays() int {
	q := new(point) // ERROR "new\(point\) does not escape$"
	q.x, q.y = 1, 2
	return q.x + q.y
}

func newInLoop() int {
	s := 0
	for i := 0; i < 3; i++ {
		p := new(int) // ERROR "new\(int\) does not escape$"
		*p = i
		s += *p
	}
	return s
}

func main() {
	println(*newEscapes(), newStays(), newStructStays(), newInLoop())
	newStruct()
	println(sink.x)
}
