// conf_method_sig: interface satisfaction at run time compares method
// signatures, not just names: a String() int is no fmt.Stringer, and
// M(*T1) does not implement interface{ M(*T2) } (go1.19
// test/fixedbugs/bug201.go).
package main

import "fmt"

type T1 struct{ x, y int }
type T2 struct{ z, w byte }

type MyInt int

func (MyInt) m(*T1) {}

type A int

func (a A) String() int { return 42 }

type B struct{ x int }

func (b B) Error(code int) string { return "nope" }

type C int

func (c C) String() string { return "C!" }

func main() {
	var i interface{} = MyInt(0)
	_, ok1 := i.(interface{ m(*T1) })
	_, ok2 := i.(interface{ m(*T2) })
	fmt.Println(ok1, ok2)
	fmt.Println(A(1), B{2}, C(3))
	fmt.Printf("%v %s %d\n", A(1), C(3), C(3))
	var x interface{} = A(1)
	_, ok3 := x.(fmt.Stringer)
	_, ok4 := x.(interface{ String() int })
	var y interface{} = B{1}
	_, ok5 := y.(error)
	fmt.Println(ok3, ok4, ok5)
	defer func() { fmt.Println(recover()) }()
	panic(A(7))
}
