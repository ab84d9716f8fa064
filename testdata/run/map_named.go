// Named map types with methods, maps passed through interfaces, closures
// and goroutines.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Set map[string]bool

func (s Set) Add(k string)      { s[k] = true }
func (s Set) Has(k string) bool { return s[k] }
func (s Set) String() string {
	var ks []string
	for k := range s {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return "{" + strings.Join(ks, ",") + "}"
}

type Graph map[int][]int

func (g Graph) Edge(a, b int) {
	g[a] = append(g[a], b)
	g[b] = append(g[b], a)
}

func (g Graph) Reach(from int) int {
	seen := map[int]bool{from: true}
	stack := []int{from}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for _, m := range g[n] {
			if !seen[m] {
				seen[m] = true
				stack = append(stack, m)
			}
		}
	}
	return len(seen)
}

type Counter interface {
	Add(k string)
	Has(k string) bool
}

func memo() func(int) int {
	cache := map[int]int{}
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		if v, ok := cache[n]; ok {
			return v
		}
		v := fib(n-1) + fib(n-2)
		cache[n] = v
		return v
	}
	return fib
}

func main() {
	s := Set{}
	s.Add("b")
	s.Add("a")
	var c Counter = s
	c.Add("c")
	fmt.Println(s, c.Has("a"), c.Has("z"), len(s))
	fmt.Printf("%v %s %d\n", s, s, len(s))
	var x interface{} = s
	if st, ok := x.(fmt.Stringer); ok {
		fmt.Println("stringer", st.String())
	}
	if m, ok := x.(Set); ok {
		fmt.Println("set of", len(m))
	}

	g := Graph{}
	g.Edge(1, 2)
	g.Edge(2, 3)
	g.Edge(4, 5)
	fmt.Println(g.Reach(1), g.Reach(4), g.Reach(9), len(g))
	fmt.Println(g)

	fib := memo()
	fmt.Println(fib(50), fib(80))

	var funcs []func() string
	for k, v := range map[string]int{"x": 1} {
		funcs = append(funcs, func() string { return fmt.Sprint(k, v) })
	}
	fmt.Println(funcs[0]())

	results := make(map[int]int)
	done := make(chan bool)
	for w := 0; w < 4; w++ {
		go func(w int) {
			for i := 0; i < 100; i++ {
				results[w*1000+i] = i
			}
			done <- true
		}(w)
	}
	for w := 0; w < 4; w++ {
		<-done
	}
	fmt.Println(len(results), results[3099])

	byLen := map[int][]string{}
	for _, w := range strings.Fields("the quick brown fox jumps over the lazy dog") {
		byLen[len(w)] = append(byLen[len(w)], w)
	}
	fmt.Println(byLen)
	type pair struct {
		k string
		v int
	}
	freq := map[string]int{}
	for _, w := range strings.Split("a b a c b a", " ") {
		freq[w]++
	}
	var ps []pair
	for k, v := range freq {
		ps = append(ps, pair{k, v})
	}
	sort.Slice(ps, func(i, j int) bool { return ps[i].v > ps[j].v })
	fmt.Println(ps)
}
