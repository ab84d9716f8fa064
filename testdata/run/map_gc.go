// Maps are the only references to their keys and values while the
// collector runs (GOFRONT_GC_STRESS=1 checks this precisely).
package main

import (
	"fmt"
	"runtime"
	"strconv"
)

type Node struct {
	name string
	next *Node
	vals []int
}

func build(n int) map[string]*Node {
	m := make(map[string]*Node)
	var prev *Node
	for i := 0; i < n; i++ {
		nd := &Node{name: "node" + strconv.Itoa(i), next: prev, vals: []int{i, i * 2}}
		m[strconv.Itoa(i)+"k"] = nd
		prev = nd
		if i%100 == 0 {
			runtime.GC()
		}
	}
	return m
}

type Key struct {
	s string
	p *int
}

func main() {
	m := build(3000)
	garbage := 0
	for i := 0; i < 20000; i++ {
		b := make([]byte, 64)
		garbage += len(b)
	}
	runtime.GC()
	bad := 0
	for i := 0; i < 3000; i++ {
		nd := m[strconv.Itoa(i)+"k"]
		if nd == nil || nd.name != "node"+strconv.Itoa(i) || nd.vals[1] != 2*i {
			bad++
		}
		if i > 0 && nd.next.name != "node"+strconv.Itoa(i-1) {
			bad++
		}
	}
	fmt.Println("bad", bad, len(m), garbage)

	// struct keys holding pointers, interface values, nested maps
	km := make(map[Key]interface{})
	ptrs := []*int{}
	for i := 0; i < 500; i++ {
		x := new(int)
		*x = i
		ptrs = append(ptrs, x)
		km[Key{strconv.Itoa(i), x}] = []string{strconv.Itoa(i * 3)}
	}
	runtime.GC()
	for i := 0; i < 500; i++ {
		v := km[Key{strconv.Itoa(i), ptrs[i]}]
		if s, ok := v.([]string); !ok || s[0] != strconv.Itoa(i*3) {
			bad++
		}
	}
	nested := map[int]map[string][]int{}
	for i := 0; i < 200; i++ {
		inner := map[string][]int{}
		for j := 0; j < 10; j++ {
			inner[strconv.Itoa(j)] = make([]int, j)
		}
		nested[i] = inner
		runtime.GC()
	}
	for i := 0; i < 200; i++ {
		for j := 0; j < 10; j++ {
			if len(nested[i][strconv.Itoa(j)]) != j {
				bad++
			}
		}
	}
	fmt.Println("bad", bad, len(km), len(nested))
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println(ms.NumGC > 0)
}
