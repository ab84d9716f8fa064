// Pointers: aliasing, pointers to struct fields and array elements, new, nil checks.
package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func inc(p *int) { *p++ }

func swap(a, b *int) { *a, *b = *b, *a }

func main() {
	x := 1
	p := &x
	q := p
	*q = 5
	inc(p)
	fmt.Println(x, *p, p == q)
	a, b := 1, 2
	swap(&a, &b)
	fmt.Println(a, b)
	arr := [3]int{1, 2, 3}
	e := &arr[1]
	*e = 20
	fmt.Println(arr)
	n := &Node{Val: 1}
	n.Next = &Node{Val: 2}
	f := &n.Next.Val
	*f = 30
	fmt.Println(n.Val, n.Next.Val, n.Next.Next == nil)
	np := new(Node)
	fmt.Println(np.Val, np.Next == nil)
	pp := &p
	**pp = 100
	fmt.Println(x)
	var nilp *int
	fmt.Println(nilp == nil, p != nil)
	ps := []*int{&a, &b, &x}
	sum := 0
	for _, v := range ps {
		sum += *v
	}
	fmt.Println(sum)
}
