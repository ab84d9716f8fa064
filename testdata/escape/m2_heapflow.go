package main

// Flows to the heap through globals, several steps long.

type node struct {
	next *node
	val  *int
}

var head *node

func push(v *int) { // ERROR "leaking param: v$"
	n := &node{val: v} // ERROR "&node{...} escapes to heap$"
	n.next = head
	head = n
}

func chain() {
	a := 1 // ERROR "moved to heap: a$"
	b := &a
	c := &b
	d := *c
	push(d)
}

func main() {
	chain()
	println(*head.val)
}
