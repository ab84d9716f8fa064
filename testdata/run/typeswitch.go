// Type switches and assertions over many dynamic types: nil, pointers,
// slices, funcs, errors, Stringers, named basic types, and interface
// comparisons including the nil-pointer-in-interface trap.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Celsius float64
type Meters int

func (c Celsius) String() string { return strconv.FormatFloat(float64(c), 'f', 1, 64) + "°C" }

type Node struct {
	Val  int
	Next *Node
}

type myErr struct{}

func (*myErr) Error() string { return "my error" }

func kind(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v", x)
	case Meters:
		return fmt.Sprintf("meters %d", int(x))
	case float64:
		return "float " + strconv.FormatFloat(x, 'g', -1, 64)
	case string:
		return "string of len " + strconv.Itoa(len(x))
	case []int:
		return fmt.Sprintf("slice len=%d", len(x))
	case *Node:
		if x == nil {
			return "nil *Node"
		}
		return fmt.Sprintf("node %d", x.Val)
	case error:
		return "error: " + x.Error()
	case fmt.Stringer:
		return "stringer " + x.String()
	case func(int) int:
		return "func gives " + strconv.Itoa(x(20))
	case bool:
		if x {
			return "yes"
		}
		return "no"
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func find(fail bool) error {
	var e *myErr
	if fail {
		e = &myErr{}
	}
	return e // never a nil interface!
}

func main() {
	var np *Node
	vals := []interface{}{nil, 3, int64(4), Meters(12), 2.5, "héllo", []int{1, 2}, &Node{Val: 7}, np,
		errors.New("boom"), Celsius(21.5), func(x int) int { return x * 2 }, true, false, [2]int{1, 2}, struct{}{}, int8(1)}
	for _, v := range vals {
		fmt.Println(kind(v))
	}

	var x interface{} = 42
	if n, ok := x.(int); ok {
		fmt.Println("int", n)
	}
	if _, ok := x.(string); !ok {
		fmt.Println("not a string")
	}
	s, ok := x.(fmt.Stringer)
	fmt.Println(s, ok)

	err := find(false)
	fmt.Println(err == nil, err != nil, fmt.Sprintf("%T %v", err, err == (*myErr)(nil)))
	var e2 error
	fmt.Println(e2 == nil)

	var a, b interface{} = 3, 3
	var c interface{} = int64(3)
	fmt.Println(a == b, a == c, a != nil)
	var s1, s2 fmt.Stringer = Celsius(1), Celsius(1)
	fmt.Println(s1 == s2, s1)
	n1, n2 := &Node{Val: 1}, &Node{Val: 1}
	var i1, i2 interface{} = n1, n2
	fmt.Println(i1 == i2, i1 == interface{}(n1))
	type pair struct{ a, b int }
	var p1, p2 interface{} = pair{1, 2}, pair{1, 2}
	fmt.Println(p1 == p2, p1)
}
