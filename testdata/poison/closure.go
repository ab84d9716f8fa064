// force-stack: 11
// A func literal that escapes, wrongly kept on the stack: calling it through
// the dangling record must fail loudly.
package main

var f func() int

func mk(n int) {
	p := new(int)
	*p = n
	f = func() int {
		return *p
	}
}

func main() {
	mk(7)
	println(f())
}
