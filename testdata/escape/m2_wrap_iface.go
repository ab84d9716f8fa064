package main

// gc's I.M wrappers for the methods of interface types: every parameter holding
// pointers leaks, .this last.  (With several interface types, gc's order depends on
// when each type descriptor is written: a known gap, see docs/escape.md.)

type ReadCloser interface {
	Read(p []byte) (int, error)
	Close() error
	Name(prefix string, n int) string
}

type file struct{ data []byte }

func (f *file) Read(p []byte) (int, error)       { return copy(p, f.data), nil } // ERROR "f does not escape$" "p does not escape$"
func (f *file) Close() error                     { return nil } // ERROR "f does not escape$"
func (f *file) Name(prefix string, n int) string { return prefix } // ERROR "f does not escape$" "leaking param: prefix to result ~r0 level=0$"

func use(rc ReadCloser) int { // ERROR "leaking param: rc$"
	buf := make([]byte, 4) // ERROR "make\(\[\]byte, 4\) escapes to heap$"
	n, _ := rc.Read(buf)
	rc.Close()
	return n
}

func main() {
	println(use(&file{data: []byte("hello")})) // ERROR "&file{...} escapes to heap$" "\(\[\]byte\)\(.hello.\) escapes to heap$"
}
