// conf_builtin_tuple: print, println, copy, append and delete applied to one
// multi-value call f() (go1.19 test/fixedbugs/issue15992.go).
package main

import "fmt"

func f(a []byte) ([]byte, []byte)        { return a, []byte("abc") }
func g(a []byte) ([]byte, string)        { return a, "xy" }
func h(m map[int]int) (map[int]int, int) { return m, 0 }
func p() (int, string)                   { return 1, "x" }
func ap() ([]int, int, int)              { return []int{1}, 2, 3 }

func main() {
	println(p())
	print(p())
	println()
	fmt.Println(append(ap()))
	a := []byte{1, 2, 3}
	n := copy(f(a))
	fmt.Println(n, a)
	b := []byte{1, 2, 3}
	n = copy(g(b))
	fmt.Println(n, b)
	m := map[int]int{0: 0, 1: 1}
	delete(h(m))
	fmt.Println(len(m), m)
	defer println(p())
}
