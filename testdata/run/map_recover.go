// Map panics recovered: division in m[k] /= 0 leaves the map unchanged; nil-map
// assignment panics with a runtime.plainError; unhashable interface keys.
package main

import "fmt"

func try(f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
		}
	}()
	f()
}

func main() {
	m := map[string]int{}
	zero := 0
	try(func() { m["a"] /= zero })
	try(func() { m["b"] %= zero })
	fmt.Println(len(m), m)
	var nm map[string]int
	try(func() { nm["x"]++ })
	try(func() {
		defer func() { fmt.Printf("%T\n", recover()) }()
		nm["y"] = 1
	})
	try(func() {
		k := []int{1}
		var im = map[interface{}]int{}
		im[k] = 1
	})
	try(func() {
		var im map[interface{}]int
		_ = im[[]int{}]
	})
	fmt.Println("done")
}
