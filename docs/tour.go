// The escape tour: the examples of the five articles gofront started from
// (../../shared/seeds), gathered in one program.
//
//	./gofront -m docs/tour.go     what the compiler decides (as go build -gcflags='-m -l')
//	./gofront run docs/tour.go    what the program prints
//
// Each function says what it shows and why its values stay on the stack or move to the
// heap.  The rule behind every case: a value may live in a function's stack frame only if
// no reference to it can outlive that frame.  Sharing a pointer *down* the call stack is
// free; sharing it *up* (returning it, storing it in a global, boxing it for fmt) forces
// the value onto the heap, where it costs an allocation and garbage-collector work.
package main

import "fmt"

// stackIt: y is copied into the result, nothing refers to it afterwards, so it stays in
// the frame (or a register).  The compiler prints nothing for it.
func stackIt() int {
	y := 2
	return y * 2
}

// heapIt returns the address of res: the caller keeps using res after heapIt's frame is
// gone, so res is "moved to heap" and every call allocates.
func heapIt() *int {
	y := 2
	res := y * 2
	return &res
}

// process receives a pointer but only reads through it: "y does not escape", so the
// caller's variable can stay on the caller's stack.  Pointers going down are fine.
func process(y *int) int {
	return *y * 2
}

// User is a small struct, cheap to copy.
type User struct {
	ID   int
	Name string
}

// createUserV1 returns a copy of u: u itself never outlives the call.
func createUserV1() User {
	u := User{ID: 1, Name: "Vikash"}
	return u
}

// createUserV2 returns &u, so u is moved to the heap.
func createUserV2() *User {
	u := User{ID: 2, Name: "Vikash"}
	return &u
}

// makeSpace: the length is only known at run time, so the backing array cannot be
// given a fixed place in the frame: "make([]byte, n) escapes to heap".
func makeSpace(n int) int {
	x := make([]byte, n)
	return len(x)
}

// makeFixed: a small constant size fits in the frame: "does not escape".
func makeFixed() int {
	x := make([]byte, 64)
	return len(x)
}

// Foo is the textbook case of article 003: the address of a local is returned.
func Foo() *int {
	var x int
	return &x
}

// stackExample: println is a builtin and takes x as it is; nothing is boxed.
func stackExample() {
	x := 1
	println(x)
}

// escapeExample: fmt.Println takes ...interface{}, so z is boxed into an interface
// value that fmt may keep: "z escapes to heap".  The hidden []interface{} that carries
// the arguments ("... argument") does not escape.
func escapeExample() {
	z := 3
	fmt.Println(z)
}

// movedExample: like heapIt, y outlives the call.
func movedExample() *int {
	y := 2
	return &y
}

// counter returns a closure that updates n.  n is captured by reference (it is
// reassigned), and the closure outlives counter, so n moves to the heap along with the
// closure record ("func literal escapes to heap").
func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

// localCounter uses the same kind of closure without letting it go: the closure record
// and c both stay on the stack.
func localCounter() int {
	c := 0
	inc := func() { c++ }
	inc()
	inc()
	return c
}

// Config is the article-002 benchmark struct, about 80 bytes.
type Config struct {
	ID   int
	Name string
	Data [50]byte
}

// byValue copies the struct: no pointer, nothing to report.
func byValue(c Config) int {
	return c.ID
}

// byPointer only reads through c: "c does not escape", so passing &cfg costs nothing.
// (The article's allocation came from its benchmark harness, not from this function.)
func byPointer(c *Config) int {
	return c.ID
}

func main() {
	fmt.Println("stackIt:", stackIt())
	fmt.Println("heapIt:", *heapIt())

	y := 2
	fmt.Println("process:", process(&y))

	u1 := createUserV1()
	u2 := createUserV2()
	fmt.Println("users:", u1.ID, u1.Name, u2.ID, u2.Name)

	fmt.Println("makeSpace:", makeSpace(100), "makeFixed:", makeFixed())
	fmt.Println("Foo:", *Foo())

	stackExample()
	escapeExample()
	println("movedExample:", *movedExample())

	next := counter()
	next()
	fmt.Println("counter:", next(), "localCounter:", localCounter())

	cfg := Config{ID: 7, Name: "cfg"}
	fmt.Println("byValue:", byValue(cfg), "byPointer:", byPointer(&cfg))
}
