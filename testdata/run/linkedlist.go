// A singly linked list: push, append, reverse, delete, and a stack built on it.
package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

type List struct {
	Head *Node
	Len  int
}

func (l *List) Push(v int) {
	l.Head = &Node{Val: v, Next: l.Head}
	l.Len++
}

func (l *List) Append(v int) {
	n := &Node{Val: v}
	l.Len++
	if l.Head == nil {
		l.Head = n
		return
	}
	p := l.Head
	for p.Next != nil {
		p = p.Next
	}
	p.Next = n
}

func (l *List) Reverse() {
	var prev *Node
	for cur := l.Head; cur != nil; {
		next := cur.Next
		cur.Next = prev
		prev, cur = cur, next
	}
	l.Head = prev
}

func (l *List) Delete(v int) bool {
	for pp := &l.Head; *pp != nil; pp = &(*pp).Next {
		if (*pp).Val == v {
			*pp = (*pp).Next
			l.Len--
			return true
		}
	}
	return false
}

func (l *List) String() string {
	s := "["
	for n := l.Head; n != nil; n = n.Next {
		if n != l.Head {
			s += " "
		}
		s += fmt.Sprint(n.Val)
	}
	return s + "]"
}

func main() {
	var l List
	for i := 1; i <= 5; i++ {
		l.Push(i)
	}
	l.Append(0)
	fmt.Println(l.String(), l.Len)
	l.Reverse()
	fmt.Println(l.String())
	fmt.Println(l.Delete(3), l.Delete(42), l.Delete(0), l.String(), l.Len)
	big := &List{}
	for i := 0; i < 100000; i++ {
		big.Push(i)
	}
	sum := 0
	for n := big.Head; n != nil; n = n.Next {
		sum += n.Val
	}
	fmt.Println(big.Len, sum)
}
