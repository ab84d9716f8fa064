// Map elements used as operands: func values called, methods on elements,
// interface elements, slice elements modified in place, channels.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type Shape interface {
	Area() float64
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }

type Sq float64

func (s Sq) Area() float64 { return float64(s * s) }

type Acc struct{ n int }

func (a Acc) Get() int   { return a.n }
func (a *Acc) Inc()      { a.n++ }

func main() {
	ops := map[string]func(int, int) int{
		"add": func(a, b int) int { return a + b },
		"mul": func(a, b int) int { return a * b },
	}
	fmt.Println(ops["add"](3, 4), ops["mul"](3, 4), ops["sub"] == nil)
	if f, ok := ops["mul"]; ok {
		fmt.Println(f(6, 7))
	}

	shapes := map[string]Shape{"r": Rect{2, 3}, "s": Sq(4)}
	fmt.Println(shapes["r"].Area(), shapes["s"].Area(), shapes["none"] == nil)
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
	}
	fmt.Println(total)

	accs := map[int]Acc{1: {5}}
	fmt.Println(accs[1].Get(), accs[2].Get())
	ptrs := map[int]*Acc{1: {5}}
	ptrs[1].Inc()
	ptrs[1].Inc()
	fmt.Println(ptrs[1].Get(), ptrs[1].n)

	grid := map[string][]int{"row": make([]int, 3)}
	grid["row"][1]++
	grid["row"][2] += 5
	fmt.Println(grid["row"], len(grid["row"]), cap(grid["row"]))

	words := map[string]string{"greet": "hello world"}
	fmt.Println(strings.ToUpper(words["greet"]), len(words["greet"]), words["greet"][6:])

	chans := map[string]chan int{"a": make(chan int, 1)}
	chans["a"] <- 42
	fmt.Println(<-chans["a"], len(chans["a"]))

	errs := map[int]error{404: errors.New("not found")}
	if err := errs[404]; err != nil {
		fmt.Println("error:", err)
	}
	fmt.Println(errs[200] == nil, errs)

	type key struct{ a, b string }
	routes := map[key]int{}
	routes[key{"GET", "/"}] = 1
	routes[key{"POST", "/x"}] = 2
	fmt.Println(routes[key{"GET", "/"}], routes[key{"GET", "/x"}], routes)

	counts := map[rune]int{}
	for _, r := range "hello, wörld" {
		counts[r]++
	}
	fmt.Println(counts['l'], counts['ö'], len(counts))
	fmt.Printf("%v\n", counts)

	bytesm := map[byte]bool{}
	for i := 0; i < len("abcab"); i++ {
		bytesm["abcab"[i]] = true
	}
	fmt.Println(len(bytesm), bytesm)

	m := map[int]int{}
	for i := 0; i < 10; i++ {
		m[i%3] += i
	}
	fmt.Println(m[0] == 18 && m[1] == 12 && m[2] == 15, m)
	x := m[0] + m[1]*m[2] - len(m)
	fmt.Println(x, m[0] > m[1], m[5] == 0)
	fmt.Printf("%d %x %5v|\n", map[string]int{"a": 1}, map[string]int{"a": 10}, map[int]string{1: "x"})
	switch m[1] {
	case 12:
		fmt.Println("twelve")
	default:
		fmt.Println("other")
	}
}
