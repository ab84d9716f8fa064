package main

import "fmt"

type T struct{ n int }

func (t *T) M(a ...int) int { return t.n } // ERROR "a does not escape$" "t does not escape$"
func (t T) V() int            { return t.n }
func g(a ...int) int          { return 0 } // ERROR "a does not escape$"
func h(s string, x int) int   { return 0 } // ERROR "s does not escape$"

var sink interface{}

func f(t *T, u T, s []int) { // ERROR "s does not escape$" "t does not escape$"
	sink = t.M(1, 2) // ERROR "... argument does not escape$" "\(\*T\).M\(t, ... argument...\) escapes to heap$"
	sink = u.V() // ERROR "T.V\(u\) escapes to heap$"
	sink = g() // ERROR "g\(nil...\) escapes to heap$"
	sink = g(s...) // ERROR "g\(s...\) escapes to heap$"
	sink = g(1) // ERROR "... argument does not escape$" "g\(... argument...\) escapes to heap$"
	sink = h("a", 1) // ERROR "h\(.a., 1\) escapes to heap$"
	sink = len(s) // ERROR "len\(s\) escapes to heap$"
	fmt.Println(fmt.Sprint(1, 2), t.M()) // ERROR "... argument does not escape$" "1 escapes to heap$" "2 escapes to heap$" "\(\*T\).M\(t, nil...\) escapes to heap$" "fmt.Sprint\(... argument...\) escapes to heap$"
}

func main() {}
