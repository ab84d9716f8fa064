// An array type of 1<<50 bytes or more is larger than gc's address space.
package main

type T [1 << 49]int32 // ERROR "type \[562949953421312\]int32 larger than address space$"

func main() {
	var a [1 << 62]int64 // ERROR "type \[4611686018427387904\]int64 larger than address space$"
	_ = a
	var t *T
	_ = t
}
