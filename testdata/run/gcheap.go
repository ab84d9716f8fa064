// The collector: structures survive collections, freed memory is reused,
// and runtime.MemStats keeps Go's relations (Mallocs - Frees = HeapObjects,
// NumGC counts runtime.GC).  Run it with GOFRONT_GC_STRESS=1 and
// GOFRONT_GC_POISON=1 too.
package main

import (
	"fmt"
	"runtime"
	"strings"
)

type Tree struct {
	Left, Right *Tree
	Name        string
	Vals        []int
	Any         interface{}
}

func build(d int) *Tree {
	if d == 0 {
		return &Tree{Name: "leaf", Vals: []int{1, 2, 3}, Any: d}
	}
	return &Tree{Left: build(d - 1), Right: build(d - 1), Name: strings.Repeat("n", d), Any: &d}
}

func (t *Tree) sum() int {
	if t == nil {
		return 0
	}
	s := len(t.Name) + len(t.Vals)
	for _, v := range t.Vals {
		s += v
	}
	switch a := t.Any.(type) {
	case int:
		s += a
	case *int:
		s += *a
	}
	return s + t.Left.sum() + t.Right.sum()
}

var global *Tree

func stats() runtime.MemStats {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms
}

func main() {
	global = build(10)
	local := build(8)
	words := strings.Fields(strings.Repeat("alpha beta gamma ", 1000))
	adders := []func() int{}
	for i := 0; i < 100; i++ {
		s := fmt.Sprint("k", i)
		adders = append(adders, func() int { return len(s) + i })
	}
	before := stats()
	runtime.GC()
	runtime.GC()
	after := stats()
	fmt.Println("NumGC moved:", after.NumGC-before.NumGC >= 2)

	// garbage: 400 MB in 4 KB pieces, with a small live window
	keep := make([][]byte, 16)
	for i := 0; i < 100000; i++ {
		b := make([]byte, 4096)
		b[i%4096] = byte(i)
		keep[i%16] = b
	}
	ms := stats()
	fmt.Println("reused:", ms.TotalAlloc > 300<<20, ms.HeapSys < 100<<20)
	fmt.Println("objects:", ms.HeapObjects == ms.Mallocs-ms.Frees, ms.Frees > 0)

	t := 0
	for _, f := range adders {
		t += f()
	}
	fmt.Println(global.sum(), local.sum(), len(words), words[2999], t, len(keep[3]))
}
