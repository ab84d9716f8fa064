// conf_defer_result_o2: a named result set just before a panic that a
// deferred call recovers is what the function returns, at -O2 too (gcc
// must not keep it in a register across the longjmp; go1.19
// test/fixedbugs/issue4066.go).  And deferred print blocks of constants
// only must not overlap the defer records (test/deferprint.go).
// gofront: -O2
package main

import "fmt"

type terr struct{}

func boom() { panic(terr{}) }

func loop() (val int) {
	val = 0
	defer func() {
		if x := recover(); x != nil {
			_ = x.(terr)
		}
	}()
	for {
		val = 2
		boom()
	}
}

func unnamed() int {
	defer func() { recover() }()
	defer func() { panic("again") }()
	return 7
}

func main() {
	fmt.Println(loop(), unnamed())
	defer println((chan int)(nil), (func())(nil))
	defer println(42, true, "x")
	defer print("printing: ")
}
