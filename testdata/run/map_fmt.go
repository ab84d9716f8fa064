// fmt prints maps sorted by key, as Go does.
package main

import (
	"fmt"
	"math"
)

type T struct {
	A int
	B string
}

type Color int

func (c Color) String() string { return [...]string{"red", "green", "blue"}[c] }

type K struct {
	x, y int
}

func main() {
	m := map[string]int{"banana": 3, "apple": 1, "cherry": 2, "": 0, "Zed": 9}
	fmt.Println(m)
	fmt.Printf("%v|%+v|%#v\n", m, m, m)
	fmt.Printf("%d %x %5d|\n", map[int]int{10: 255, -3: 16}, map[int]int{10: 255}, map[int]int{1: 2})
	var nilm map[string]bool
	fmt.Printf("%v %#v %d\n", nilm, nilm, len(nilm))
	fmt.Println(map[int]string{})
	fmt.Printf("%#v\n", map[int]string{})
	ints := map[int]bool{}
	for i := 10; i > -10; i -= 3 {
		ints[i] = i%2 == 0
	}
	fmt.Println(ints)
	zero := 0.0
	fl := map[float64]string{math.NaN(): "nan", math.Inf(1): "inf", math.Inf(-1): "-inf", -zero: "negzero", 2.5: "x", -1e10: "y"}
	fmt.Println(fl)
	fmt.Println(map[bool]int{true: 1, false: 0})
	fmt.Println(map[K]string{{2, 1}: "c", {1, 2}: "b", {1, 1}: "a"})
	fmt.Printf("%+v\n", map[K]T{{1, 2}: {3, "x"}})
	fmt.Printf("%#v\n", map[string]T{"k": {1, "v"}})
	fmt.Println(map[[2]int]int{{2, 0}: 1, {1, 5}: 2, {1, 4}: 3})
	fmt.Println(map[Color]int{2: 20, 0: 0, 1: 10})
	fmt.Println(map[string]Color{"a": 1, "b": 2})
	fmt.Println(map[string][]int{"x": {1, 2}, "y": nil})
	fmt.Println(map[string]map[string]int{"outer": {"b": 2, "a": 1}, "e": {}})
	fmt.Println(map[interface{}]int{"s": 1, "a": 4, nil: 5}, map[interface{}]int{2: 2, 1: 3})
	fmt.Println(map[string]interface{}{"n": nil, "i": 1, "s": "str", "f": 1.5, "m": map[int]int{1: 1}})
	p := &map[string]int{"a": 1}
	fmt.Println(p == nil, *p)
	fmt.Printf("%v\n", p != nil)
	s := fmt.Sprint(map[int8]uint{-1: 1, 1: 2})
	fmt.Println(s, len(s))
	fmt.Printf("%s\n", map[string]string{"k": "v"})
	fmt.Printf("%q\n", map[string]string{"k": "v", "a b": "c"})
	fmt.Printf("%T\n", map[string][]*T{})
	var ip interface{} = map[int]int{3: 4}
	fmt.Println(ip)
	type Wrapper struct {
		M map[string]int
		N int
	}
	fmt.Printf("%v %+v\n", Wrapper{map[string]int{"q": 1, "p": 2}, 3}, Wrapper{})
	fmt.Println([]map[int]int{{1: 1}, nil, {2: 2, 0: 0}})
}
