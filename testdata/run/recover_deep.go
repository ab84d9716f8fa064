// Panics that unwind many frames (across stack segments) and recoveries at
// every depth; many panics in a loop.
package main

import "fmt"

func level(n int) (out int) {
	defer func() {
		if r := recover(); r != nil {
			out = r.(int) * 2
		}
	}()
	if n%7 == 0 {
		var buf [64]int
		buf[n%64] = n
		panic(buf[n%64])
	}
	return level(n-1) + 1
}

func dive(n int) int {
	var pad [16]int
	pad[n%16] = n
	if n == 0 {
		panic("bottom")
	}
	return dive(n-1) + pad[n%16]
}

func deepNoDefers() (s string) {
	defer func() { s = fmt.Sprint(recover()) }()
	return fmt.Sprint(dive(5000))
}

func chain(n int) {
	defer func() {
		if n%1000 == 0 {
			fmt.Println("unwinding through", n)
		}
	}()
	if n == 0 {
		panic("end of chain")
	}
	chain(n - 1)
}

func main() {
	s := 0
	for i := 1; i < 3000; i += 13 {
		s += level(i)
	}
	fmt.Println(s)
	for i := 0; i < 3; i++ {
		fmt.Println(deepNoDefers())
	}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		chain(5000)
	}()
	total := 0
	for i := 0; i < 20000; i++ {
		func() {
			defer func() { total += recover().(int) }()
			panic(i)
		}()
	}
	fmt.Println(total)
}
