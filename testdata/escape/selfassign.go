// errorcheck -0 -m -l

// Self-assignments such as b.buf = b.buf[1:] are recognised and ignored.
package main

type buffer struct {
	buf []byte
	a   *int
	b   *int
}

func (b *buffer) skip(n int) { // ERROR "b does not escape$"
	b.buf = b.buf[n:] // ERROR "\(\*buffer\).skip ignoring self-assignment in b.buf = b.buf\[n:\]$"
}

func (b *buffer) swap() { // ERROR "b does not escape$"
	b.a = b.b // ERROR "\(\*buffer\).swap ignoring self-assignment in b.a = b.b$"
}

func main() {
	x, y := 1, 2
	b := &buffer{buf: []byte("hello"), a: &x, b: &y} // ERROR "&buffer{...} does not escape$" "\(\[\]byte\)\(.hello.\) does not escape$"
	b.skip(2)
	b.swap()
	println(string(b.buf), *b.a) // ERROR "string\(b.buf\) does not escape$"
}
