// conf_defer_builtins: defer delete(m, k) and defer copy(dst, src) take their
// arguments at the defer and act when the function returns (go1.19
// test/fixedbugs/issue8039.go, issue19710.go).
package main

import "fmt"

type K struct {
	A, B, C int
	S       string
}

func del(m map[K]int) {
	for i := 0; i < 3; i++ {
		defer delete(m, K{i, i, i, "k"})
	}
	fmt.Println("before return:", len(m))
}

func cp() (s []int) {
	s = make([]int, 3)
	c := make(chan []int, 1)
	c <- []int{7, 8}
	defer copy(s, <-c)
	defer fmt.Println("deferred first:", s)
	return s
}

func main() {
	m := map[K]int{}
	for i := 0; i < 4; i++ {
		m[K{i, i, i, "k"}] = i
	}
	del(m)
	fmt.Println(len(m), m)
	fmt.Println(cp())
	b := []byte("xxxx")
	func() {
		defer copy(b[1:], "abc")
		fmt.Println(string(b))
	}()
	fmt.Println(string(b))
}
