package p

type T1 int

func f1(s []int) { panic(len(s)) } // ERROR "len\(s\) escapes to heap$" "s does not escape$"
func f2(s []int) { panic(append(s, 1)) } // ERROR "append\(s, 1\) escapes to heap$" "leaking param: s$"
func f3() { panic(make([]int, 1)) } // ERROR "make\(\[\]int, 1\) escapes to heap$"
func f4(x int) { panic(T1(x)) } // ERROR "T1\(x\) escapes to heap$"
func f5(x int) { panic(T1(5)) } // ERROR "T1\(5\) escapes to heap$"
func f6(s string) { panic([]byte(s)) } // ERROR "\(\[\]byte\)\(s\) escapes to heap$" "s does not escape$"
func f7(x int) { panic(g(x)) } // ERROR "g\(x\) escapes to heap$"
func f8(s []int) { panic(cap(s) + 1) } // ERROR "cap\(s\) \+ 1 escapes to heap$" "s does not escape$"
func f9(s []int) { var i interface{} = len(s); _ = i } // ERROR "len\(s\) does not escape$" "s does not escape$"
func f10(m map[int]int) { panic(m[1]) } // ERROR "m does not escape$" "m\[1\] escapes to heap$"

func g(x int) int { return x }
