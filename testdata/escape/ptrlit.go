// errorcheck -0 -m -l

// &T{...} is an allocation site, reported as &T{} or &T{...}.
package main

type node struct {
	val  int
	next *node
}

var head *node

func push(v int) {
	head = &node{val: v, next: head} // ERROR "&node{...} escapes to heap$"
}

func makeNode(v int) *node {
	return &node{val: v} // ERROR "&node{...} escapes to heap$"
}

func emptyNode() *node {
	return &node{} // ERROR "&node{} escapes to heap$"
}

func localNode() int {
	n := &node{val: 1} // ERROR "&node{...} does not escape$"
	m := &node{val: 2, next: n} // ERROR "&node{...} does not escape$"
	return m.val + m.next.val
}

func main() {
	push(1)
	push(2)
	println(head.val, makeNode(3).val, emptyNode().val, localNode())
}
