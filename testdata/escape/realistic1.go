package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct {
	W, H float64
}

func (r Rect) Area() float64 { return r.W * r.H }
func (r Rect) Name() string   { return "rect" }

type Circle struct {
	R float64
}

func (c *Circle) Area() float64 { return 3.14 * c.R * c.R } // ERROR "c does not escape$"
func (c *Circle) Name() string   { return "circle" } // ERROR "c does not escape$"

type Stack struct {
	items []int
}

func (s *Stack) Push(v int) { s.items = append(s.items, v) } // ERROR "leaking param content: s$"
func (s *Stack) Pop() (int, error) { // ERROR "s does not escape$"
	if len(s.items) == 0 {
		return 0, errors.New("empty")
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1] // ERROR "\(\*Stack\).Pop ignoring self-assignment in s.items = s.items\[:len\(s.items\) - 1\]$"
	return v, nil
}

func total(shapes []Shape) float64 { // ERROR "leaking param content: shapes$"
	t := 0.0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}

func describe(s Shape) string { // ERROR "leaking param: s$"
	return fmt.Sprintf("%s: %.2f", s.Name(), s.Area()) // ERROR "... argument does not escape$" "s.Area\(\) escapes to heap$" "s.Name\(\) escapes to heap$"
}

func join(parts []string) string { // ERROR "parts does not escape$"
	var b strings.Builder
	for i, p := range parts {
		if i > 0 {
			b.WriteString(",")
		}
		b.WriteString(p)
	}
	return b.String()
}

func parse(s string) (int, error) { // ERROR "leaking param: s$"
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, fmt.Errorf("bad %q: %v", s, err) // ERROR "... argument does not escape$" "s escapes to heap$"
	}
	return n, nil
}

type Node struct {
	Val         int
	Left, Right *Node
}

func insert(n *Node, v int) *Node { // ERROR "leaking param: n$"
	if n == nil {
		return &Node{Val: v} // ERROR "&Node{...} escapes to heap$"
	}
	if v < n.Val {
		n.Left = insert(n.Left, v)
	} else {
		n.Right = insert(n.Right, v)
	}
	return n
}

func walk(n *Node, f func(int)) { // ERROR "f does not escape$" "n does not escape$"
	if n == nil {
		return
	}
	walk(n.Left, f)
	f(n.Val)
	walk(n.Right, f)
}

func sum(nums ...int) int { // ERROR "nums does not escape$"
	s := 0
	for _, n := range nums {
		s += n
	}
	return s
}

func counter() (func() int, func()) {
	c := 0 // ERROR "moved to heap: c$"
	return func() int { return c }, func() { c++ } // ERROR "func literal escapes to heap$"
}

func main() {
	shapes := []Shape{Rect{2, 3}, &Circle{1}} // ERROR "&Circle{...} escapes to heap$" "Rect{...} escapes to heap$" "\[\]Shape{...} does not escape$"
	fmt.Println(total(shapes)) // ERROR "... argument does not escape$" "total\(shapes\) escapes to heap$"
	for _, s := range shapes {
		fmt.Println(describe(s)) // ERROR "... argument does not escape$" "describe\(s\) escapes to heap$"
	}
	st := &Stack{} // ERROR "&Stack{} does not escape$"
	st.Push(1)
	st.Push(2)
	v, err := st.Pop()
	fmt.Println(v, err) // ERROR "... argument does not escape$" "v escapes to heap$"
	fmt.Println(join([]string{"a", "b"})) // ERROR "... argument does not escape$" "\[\]string{...} does not escape$" "join\(\[\]string{...}\) escapes to heap$"
	n, err := parse("12")
	fmt.Println(n, err) // ERROR "... argument does not escape$" "n escapes to heap$"
	var root *Node
	for _, x := range []int{5, 3, 8} { // ERROR "\[\]int{...} does not escape$"
		root = insert(root, x)
	}
	var out []int
	walk(root, func(v int) { out = append(out, v) }) // ERROR "func literal does not escape$"
	fmt.Println(out, sum(1, 2, 3), sum(out...)) // ERROR "... argument does not escape$" "out escapes to heap$" "sum\(... argument...\) escapes to heap$" "sum\(out...\) escapes to heap$"
	get, inc := counter()
	inc()
	println(get())
	m := map[string][]int{} // ERROR "map\[string\]\[\]int{} escapes to heap$"
	m["a"] = append(m["a"], 1)
	fmt.Printf("%v %d\n", m, len(m)) // ERROR "... argument does not escape$" "len\(m\) escapes to heap$"
	defer fmt.Println("done") // ERROR "... argument does not escape$" ".done. escapes to heap$"
	func() { // ERROR "func literal does not escape$"
		defer func() { // ERROR "func literal does not escape$"
			if r := recover(); r != nil {
				fmt.Println("recovered", r) // ERROR "... argument does not escape$" ".recovered. escapes to heap$"
			}
		}()
		panic("boom") // ERROR ".boom. escapes to heap$"
	}()
}
