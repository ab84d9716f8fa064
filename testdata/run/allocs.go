// Escape decisions drive code generation: count the heap allocations of 1000 calls with
// runtime.ReadMemStats.  heapIt's res moves to the heap (1 allocation per call); stackIt
// and process(&y) allocate nothing.  go1.19's expected output is generated with
// -gcflags=-l (inlining off, as gofront never inlines; with inlining gc would keep
// heapIt's res on the caller's stack when the pointer does not leave main).
// gofront: -O2
// go build: -gcflags=-l
package main

import (
	"fmt"
	"runtime"
)

var sink *int
var isink int

func stackIt() int {
	y := 2
	return y * 2
}

func heapIt() *int {
	y := 2
	res := y * 2
	return &res
}

func process(y *int) int {
	return *y * 2
}

type Point struct{ X, Y int }

func newPointStack() int {
	p := &Point{1, 2}
	return p.X + p.Y
}

func newPointHeap() *Point {
	return &Point{3, 4}
}

func makeFixed() int {
	s := make([]int, 8)
	s[1] = 5
	return s[1]
}

func mallocs() uint64 {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.Mallocs
}

func main() {
	const n = 1000
	y := 2
	before := mallocs()
	for i := 0; i < n; i++ {
		isink += stackIt()
	}
	a := mallocs()
	for i := 0; i < n; i++ {
		sink = heapIt()
	}
	b := mallocs()
	for i := 0; i < n; i++ {
		isink += process(&y)
	}
	c := mallocs()
	for i := 0; i < n; i++ {
		isink += newPointStack()
	}
	d := mallocs()
	for i := 0; i < n; i++ {
		isink += newPointHeap().X
	}
	e := mallocs()
	for i := 0; i < n; i++ {
		isink += makeFixed()
	}
	f := mallocs()
	fmt.Println("stackIt:", a-before)
	fmt.Println("heapIt:", b-a)
	fmt.Println("process:", c-b)
	fmt.Println("&Point stays:", d-c)
	fmt.Println("&Point escapes:", e-d)
	fmt.Println("make fixed:", f-e)
	fmt.Println(isink > 0, *sink)
}
