package main

import "fmt"

type I interface{ M() int }

type T struct{ x int }

func (t T) M() int   { return t.x }
func (t *T) P() *int { return &t.x } // ERROR "leaking param: t to result ~r0 level=0$"

type Big struct {
	a [40]int
}

type Handler struct {
	fn   func(int) int
	name string
}

func callField(h *Handler, v int) int { return h.fn(v) } // ERROR "h does not escape$"

func methodVals(i I, t *T) int { // ERROR "leaking param: i$" "t does not escape$"
	f := i.M // ERROR "i.M does not escape$"
	g := T.M
	h := (*T).P
	return f() + g(*t) + *h(t)
}

func recur() int {
	var fib func(int) int
	fib = func(n int) int { // ERROR "func literal does not escape$"
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	return fib(10)
}

func bigCapture() func() int {
	var b Big // ERROR "moved to heap: b$"
	b.a[0] = 1
	return func() int { return b.a[0] } // ERROR "func literal escapes to heap$"
}

func loopGo(xs []int) { // ERROR "leaking param content: xs$"
	done := make(chan bool)
	for _, x := range xs { // ERROR "moved to heap: x$"
		go func() { // ERROR "func literal escapes to heap$"
			fmt.Println(x) // ERROR "... argument does not escape$" "x escapes to heap$"
			done <- true
		}()
	}
	for range xs {
		<-done
	}
}

func bytesStuff(s string) []byte { // ERROR "s does not escape$"
	b := make([]byte, 0, 10) // ERROR "make\(\[\]byte, 0, 10\) escapes to heap$"
	b = append(b, s...)
	n := copy(b, s)
	_ = n
	return b
}

func runes(s string) int { // ERROR "s does not escape$"
	c := 0
	for _, r := range s {
		if r > 'a' {
			c++
		}
	}
	return c
}

type Celsius float64
type Temps []Celsius

func (t Temps) Max() Celsius { // ERROR "t does not escape$"
	m := t[0]
	for _, v := range t[1:] {
		if v > m {
			m = v
		}
	}
	return m
}

func ptrs() *T {
	ts := make([]T, 3) // ERROR "make\(\[\]T, 3\) escapes to heap$"
	p := &ts[1]
	arr := [3]T{}
	q := &arr[0]
	q.x = 2
	return p
}

func iface(x interface{}) string { // ERROR "leaking param: x$"
	switch v := x.(type) {
	case string:
		return v
	case fmt.Stringer:
		return v.String()
	}
	return fmt.Sprint(x) // ERROR "... argument does not escape$"
}

func multi() (a, b *int) {
	x, y := 1, 2 // ERROR "moved to heap: x$" "moved to heap: y$"
	a, b = &x, &y
	return
}

func main() {
	h := &Handler{fn: func(v int) int { return v + 1 }, name: "inc"} // ERROR "&Handler{...} does not escape$" "func literal does not escape$"
	fmt.Println(callField(h, 1)) // ERROR "... argument does not escape$" "callField\(h, 1\) escapes to heap$"
	t := &T{3} // ERROR "&T{...} does not escape$"
	fmt.Println(methodVals(T{1}, t)) // ERROR "... argument does not escape$" "T{...} escapes to heap$" "methodVals\(T{...}, t\) escapes to heap$"
	fmt.Println(recur(), bigCapture()()) // ERROR "... argument does not escape$" ".autotmp_2\(\) escapes to heap$" "recur\(\) escapes to heap$"
	loopGo([]int{1, 2}) // ERROR "\[\]int{...} does not escape$"
	fmt.Println(bytesStuff("hi"), runes("abc")) // ERROR "... argument does not escape$" "bytesStuff\(.hi.\) escapes to heap$" "runes\(.abc.\) escapes to heap$"
	fmt.Println(Temps{1, 3, 2}.Max(), ptrs()) // ERROR "... argument does not escape$" "Temps.Max\(Temps{...}\) escapes to heap$" "Temps{...} does not escape$"
	fmt.Println(iface(1), iface("s")) // ERROR "... argument does not escape$" ".s. escapes to heap$" "1 escapes to heap$" "iface\(.s.\) escapes to heap$" "iface\(1\) escapes to heap$"
	a, b := multi()
	fmt.Println(*a + *b) // ERROR "... argument does not escape$" "\*a \+ \*b escapes to heap$"
}
