// Constants: iota, typed and untyped, exact big arithmetic folded to a representable value.
package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
)

const (
	a, b = iota, iota * 10
	c, d
	e, f
)

const huge = 1 << 100
const small = huge >> 98
const pi = 3.14159265358979323846
const typed int32 = 1 << 20
const greeting = "hello, " + "world"

const (
	flagA = 1 << iota
	flagB
	flagC
	mask = flagA | flagC
)

func main() {
	fmt.Println(Sunday, Monday, Tuesday, Wednesday)
	fmt.Println(KB, MB, GB)
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(small, huge/(1<<97), typed)
	pv := pi
	fmt.Println(pi*2, int(pv*1000), int64(huge>>90))
	fmt.Println(greeting, len(greeting))
	fmt.Println(flagA, flagB, flagC, mask)
	var w Weekday = Wednesday
	fmt.Printf("%d %v %T\n", w, w-1, w)
	const x = 'a' + 1
	fmt.Println(x, string(rune(x)))
	fmt.Println(7/2, 7/2.0, -7/2, 1e3)
}
