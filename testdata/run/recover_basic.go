// recover: only a deferred function called by the panic stops it; the
// function that deferred it returns normally with its named results as set.
package main

import (
	"errors"
	"fmt"
)

type E struct{ msg string }

func (e *E) Error() string { return "E: " + e.msg }

func helper() interface{} { return recover() }

func indirect() (res string) {
	defer func() {
		res = fmt.Sprint("helper got ", helper())
		res += fmt.Sprint(", direct got ", recover())
		res += fmt.Sprint(", again got ", recover())
	}()
	panic("x")
}

func rec() {
	if r := recover(); r != nil {
		fmt.Println("rec:", r)
	}
}

func viaNamed() {
	defer rec()
	panic(errors.New("named function deferred"))
}

func viaValue() {
	f := rec
	defer f()
	panic(&E{"func value deferred"})
}

func notDirect() (s string) {
	defer func() {
		s = fmt.Sprint("outer recovered: ", recover())
	}()
	defer func() {
		func() {
			fmt.Println("closure called by the deferred one:", recover())
		}()
	}()
	panic("not direct")
}

func keepResults(n int) (r int, s string) {
	defer rec()
	for i := 0; i < n; i++ {
		r += i
		s += "x"
	}
	if n > 2 {
		panic(n)
	}
	return r * 100, "normal"
}

func repanic() (msg string) {
	defer func() {
		msg = fmt.Sprint("second recover: ", recover())
	}()
	defer func() {
		r := recover()
		panic(fmt.Sprint("re-panic of ", r))
	}()
	panic("original")
}

func panicInDefer() {
	defer func() {
		fmt.Println("recovered the newer panic:", recover())
	}()
	defer func() {
		panic("second")
	}()
	panic("first")
}

func afterRecover() {
	defer fmt.Println("older deferred calls still run")
	defer func() { recover() }()
	panic("p")
}

func panicOnReturnPath() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("caught %v", r)
		}
	}()
	defer func() { panic("panic while returning") }()
	return nil
}

type Msg string

func values() {
	for _, v := range []interface{}{42, "str", 2.5, Msg("named"), nil, &E{"ptr"}, true} {
		func() {
			defer func() { fmt.Printf("%T %v\n", recover(), v) }()
			panic(v)
		}()
	}
}

func main() {
	fmt.Println("outside a panic:", recover())
	fmt.Println(indirect())
	viaNamed()
	viaValue()
	fmt.Println(notDirect())
	fmt.Println(keepResults(2))
	fmt.Println(keepResults(5))
	fmt.Println(repanic())
	panicInDefer()
	afterRecover()
	fmt.Println(panicOnReturnPath())
	values()
	func() {
		defer func() { fmt.Println("deferred during a normal return:", recover()) }()
	}()
}
