package main

import "fmt"

type T struct{ a, b int }

var g1 = new(int) // ERROR "new\(int\) escapes to heap$"
var g2 = &T{1, 2}
var g3 = []int{1, 2}
var g4 = map[string]int{"a": 1} // ERROR "map\[string\]int{...} escapes to heap$"
var g5 = make([]int, 10) // ERROR "make\(\[\]int, 10\) escapes to heap$"
var g6 = func() int { return 1 }
var g7 = fmt.Sprint(1) // ERROR "... argument does not escape$" "1 escapes to heap$"
var x = 5
var g8 = &x
var g9 interface{} = x
var g10 = f(&x)

func f(p *int) *int { return p } // ERROR "leaking param: p to result ~r0 level=0$"

func main() {}
