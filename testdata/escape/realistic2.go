package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Animal struct {
	Name string
	Legs int
}

type Dog struct {
	Animal
	Breed string
}

func (a *Animal) Describe() string { return a.Name } // ERROR "leaking param: a to result ~r0 level=1$"
func (a Animal) Count() int         { return a.Legs } // ERROR "a does not escape$"

type Matrix [3][3]int

func (m *Matrix) Set(i, j, v int) { m[i][j] = v } // ERROR "m does not escape$"
func (m Matrix) Get(i, j int) int  { return m[i][j] }

func worker(id int, jobs <-chan int, results chan<- int, wg *sync.WaitGroup) { // ERROR "jobs does not escape$" "leaking param: wg$" "results does not escape$"
	defer wg.Done()
	for j := range jobs {
		results <- j * 2
	}
	_ = id
}

func pipeline() []int {
	jobs := make(chan int, 10)
	results := make(chan int, 10)
	var wg sync.WaitGroup // ERROR "moved to heap: wg$"
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for i := 0; i < 5; i++ {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	close(results)
	var out []int
	for r := range results {
		out = append(out, r)
	}
	sort.Ints(out)
	return out
}

func sel(a, b chan string) string { // ERROR "a does not escape$" "b does not escape$"
	select {
	case s := <-a:
		return s
	case s := <-b:
		return s
	default:
		return ""
	}
}

type Counter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *Counter) Inc(k string) { // ERROR "leaking param: c$" "leaking param: k$"
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n[k]++
}

func find(grid [][]int, target int) (int, int) { // ERROR "grid does not escape$"
outer:
	for i, row := range grid {
		for j, v := range row {
			if v == target {
				return i, j
			}
			if v > target {
				continue outer
			}
		}
	}
	return -1, -1
}

func words(s string) map[string]int { // ERROR "leaking param: s$"
	m := make(map[string]int) // ERROR "make\(map\[string\]int\) escapes to heap$"
	for _, w := range strings.Fields(s) {
		m[strings.ToLower(w)]++
	}
	return m
}

func apply(xs []int, f func(int) int) []int { // ERROR "f does not escape$" "xs does not escape$"
	out := make([]int, len(xs)) // ERROR "make\(\[\]int, len\(xs\)\) escapes to heap$"
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func main() {
	d := Dog{Animal{"rex", 4}, "lab"}
	fmt.Println(d.Describe(), d.Count()) // ERROR "... argument does not escape$" "Animal.Count\(d.Animal\) escapes to heap$" "\(\*Animal\).Describe\(d.Animal\) escapes to heap$"
	var m Matrix
	m.Set(1, 1, 5)
	fmt.Println(m.Get(1, 1)) // ERROR "... argument does not escape$" "Matrix.Get\(m, 1, 1\) escapes to heap$"
	fmt.Println(pipeline()) // ERROR "... argument does not escape$" "pipeline\(\) escapes to heap$"
	a := make(chan string, 1)
	a <- "x"
	fmt.Println(sel(a, nil)) // ERROR "... argument does not escape$" "sel\(a, nil\) escapes to heap$"
	c := Counter{n: map[string]int{}} // ERROR "map\[string\]int{} escapes to heap$" "moved to heap: c$"
	c.Inc("a")
	fmt.Println(find([][]int{{1, 2}, {3, 4}}, 3)) // ERROR "... argument does not escape$" ".autotmp_4 escapes to heap$" ".autotmp_5 escapes to heap$" "\[\]\[\]int{...} does not escape$" "\[\]int{...} does not escape$"
	fmt.Println(words("a b A")) // ERROR "... argument does not escape$"
	k := 3
	fmt.Println(apply([]int{1, 2}, func(x int) int { return x * k })) // ERROR "... argument does not escape$" "\[\]int{...} does not escape$" "apply\(\[\]int{...}, func literal\) escapes to heap$" "func literal does not escape$"
	var arr [4]int // ERROR "moved to heap: arr$"
	for i := range arr {
		arr[i] = i * i
	}
	s := arr[1:3]
	fmt.Println(len(s), cap(s), s) // ERROR "... argument does not escape$" "cap\(s\) escapes to heap$" "len\(s\) escapes to heap$" "s escapes to heap$"
	bs := []byte("hello") // ERROR "\(\[\]byte\)\(.hello.\) does not escape$"
	bs[0] = 'H'
	fmt.Println(string(bs)) // ERROR "... argument does not escape$" "string\(bs\) escapes to heap$"
	x := 10
	p := &x
	*p += 1
	fmt.Println(x) // ERROR "... argument does not escape$" "x escapes to heap$"
}
