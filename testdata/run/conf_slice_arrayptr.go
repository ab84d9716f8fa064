// conf_slice_arrayptr: a too short slice converted to an array pointer
// panics with a runtime.Error (go1.19 test/convert4.go); runtime errors
// satisfy runtime.Error (test/recover3.go).
package main

import (
	"fmt"
	"runtime"
)

func check(f func()) {
	defer func() {
		e := recover()
		err, ok := e.(error)
		fmt.Println(ok, err)
		_, isRT := e.(runtime.Error)
		fmt.Println(isRT)
	}()
	f()
}

func main() {
	s := make([]byte, 8, 10)
	p := (*[8]byte)(s)
	p[0] = 1
	fmt.Println(s[0], len(p))
	check(func() { _ = (*[9]byte)(s) })
	check(func() { i := 9; _ = s[i] })
	check(func() { var x interface{} = 1; _ = x.(string) })
	check(func() { panic(fmt.Errorf("not a runtime error")) })
}
