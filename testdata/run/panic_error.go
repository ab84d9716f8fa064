// panic(err) prints err.Error(); deferred calls run before the message.
package main

import "fmt"

type wrapped struct{ code int }

func (w wrapped) Error() string { return fmt.Sprintf("wrapped error %d", w.code) }

func inner() {
	defer fmt.Println("inner deferred")
	panic(fmt.Errorf("outer: %w", wrapped{7}))
}

func main() {
	defer fmt.Println("main deferred")
	inner()
}
