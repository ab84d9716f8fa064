// Maps: make, literals, index, comma-ok, delete, len, range, printing.
package main

import "fmt"

type P struct {
	X, Y int
}

func main() {
	m := make(map[string]int)
	m["a"] = 1
	m["b"] = 2
	m["a"] += 10
	m["c"]++
	fmt.Println(len(m), m["a"], m["b"], m["c"], m["zz"])
	v, ok := m["b"]
	fmt.Println(v, ok)
	v, ok = m["q"]
	fmt.Println(v, ok)
	delete(m, "a")
	fmt.Println(len(m), m)
	sum := 0
	for k, v := range m {
		sum += v + len(k)
	}
	fmt.Println(sum)
	var nm map[int]string
	fmt.Println(nm[3] == "", len(nm), nm == nil, nm)
	lit := map[int]string{1: "one", 2: "two", 3: "three"}
	fmt.Println(lit)
	pm := map[P][]int{{1, 2}: {3}, {0, 1}: nil}
	pm[P{1, 2}] = append(pm[P{1, 2}], 4)
	fmt.Println(pm, len(pm[P{0, 1}]))
	big := make(map[int]int)
	for i := 0; i < 100000; i++ {
		big[i*7] = i
	}
	s := 0
	for i := 0; i < 100000; i++ {
		s += big[i*7]
	}
	fmt.Println(len(big), s)
	for i := 0; i < 100000; i += 2 {
		delete(big, i*7)
	}
	n := 0
	for k, v := range big {
		if k != v*7 {
			fmt.Println("bad", k, v)
		}
		n++
	}
	fmt.Println(n, len(big))
	mm := map[string]map[string]int{}
	mm["x"] = map[string]int{"y": 1}
	mm["x"]["z"] = 2
	fmt.Println(mm)
	fm := map[float64]string{1.5: "a", -2: "b", 0: "z"}
	fmt.Println(fm)
	var im = map[interface{}]int{1: 1, "a": 2, 2.5: 3}
	fmt.Println(im[1], im["a"], im[2.5], im[nil])
	bm := map[bool]int{true: 1, false: 0}
	fmt.Printf("%v %d\n", bm, len(bm))
}
