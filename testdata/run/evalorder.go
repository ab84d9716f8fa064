// Order of evaluation: operands and arguments left to right, assignments in two phases.
package main

import "fmt"

var trace []string

func f(name string, v int) int {
	trace = append(trace, name)
	return v
}

func idx(name string, i int) int {
	trace = append(trace, name)
	return i
}

func main() {
	x := f("a", 1) + f("b", 2)*f("c", 3)
	fmt.Println(x, trace)
	trace = nil
	s := []int{0, 0, 0}
	s[idx("i", 0)], s[idx("j", 1)] = f("p", 5), f("q", 6)
	fmt.Println(s, trace)
	trace = nil
	fmt.Println(f("x", 1), f("y", 2), f("z", 3))
	fmt.Println(trace)
	a, b := 1, 2
	a, b = b, a+b
	fmt.Println(a, b)
	i := 0
	arr := []int{10, 20, 30}
	i, arr[i] = 2, 99
	fmt.Println(i, arr)
	ok := f("l", 0) == 1 && f("never", 1) == 1
	fine := f("m", 1) == 1 || f("never", 1) == 1
	fmt.Println(ok, fine, trace)
}
