// Keys of every comparable kind, with Go's equality: NaN never equal, +0 == -0,
// interfaces by dynamic type and value, structs and arrays field by field.
package main

import (
	"fmt"
	"math"
)

type Pt struct {
	X, Y int8
	Name string
}

type Grid [3]int16

type Celsius float64

type Str string

func main() {
	// floats
	fm := map[float64]int{}
	nan := math.NaN()
	zero := 0.0
	negz := -zero
	fm[nan] = 1
	fm[nan] = 2
	fm[negz] = 3
	fm[0] = 4
	fm[1.25] = 5
	_, okNaN := fm[nan]
	fmt.Println(len(fm), fm[0], fm[negz], okNaN, fm[1.25])
	nans := 0
	for k, v := range fm {
		if k != k {
			nans++
			_ = v
		}
	}
	fmt.Println("nans", nans)
	delete(fm, nan)
	fmt.Println("after delete(NaN)", len(fm))
	var f32 = map[float32]string{1.5: "a", -0.5: "b"}
	fmt.Println(f32[1.5], f32[-0.5], len(f32))

	// sized integers and bools
	i8 := map[int8]int{-128: 1, 127: 2, 0: 3}
	u16 := map[uint16]string{65535: "max", 1: "one"}
	u64 := map[uint64]bool{1 << 63: true, 0: false}
	bm := map[bool]string{true: "yes", false: "no"}
	fmt.Println(i8[-128], i8[127], i8[0], u16[65535], u64[1<<63], bm[1 < 2], bm[2 < 1])
	fmt.Println(i8, u16, u64, bm)

	// structs and arrays
	pm := map[Pt]int{}
	pm[Pt{1, 2, "a"}] = 10
	pm[Pt{1, 2, "b"}] = 20
	pm[Pt{1, 2, "a"}] += 5
	fmt.Println(len(pm), pm[Pt{1, 2, "a"}], pm[Pt{1, 2, "b"}], pm[Pt{2, 1, "a"}])
	gm := map[Grid]string{{1, 2, 3}: "x", {3, 2, 1}: "y"}
	fmt.Println(gm[Grid{1, 2, 3}], gm[Grid{3, 2, 1}], gm[Grid{}] == "")
	am := map[[2]string]int{{"a", "b"}: 1, {"ab", ""}: 2}
	fmt.Println(am[[2]string{"a", "b"}], am[[2]string{"ab", ""}], am[[2]string{"", "ab"}])

	// pointers and channels: by identity
	a, b := new(int), new(int)
	ptrm := map[*int]string{a: "a", b: "b"}
	fmt.Println(ptrm[a], ptrm[b], ptrm[nil] == "", len(ptrm))
	c1, c2 := make(chan int), make(chan int)
	cm := map[chan int]int{c1: 1, c2: 2}
	fmt.Println(cm[c1], cm[c2], cm[nil])

	// interfaces: dynamic type and value
	im := map[interface{}]string{}
	im[1] = "int 1"
	im[int64(1)] = "int64 1"
	im["1"] = "string 1"
	im[1.0] = "float 1"
	im[Str("1")] = "Str 1"
	im[Pt{1, 1, "p"}] = "Pt"
	im[[2]int{1, 2}] = "array"
	im[nil] = "nil"
	im[true] = "true"
	im[a] = "pointer a"
	fmt.Println(len(im), im[1], im[int64(1)], im["1"], im[1.0], im[Str("1")], im[Pt{1, 1, "p"}],
		im[[2]int{1, 2}], im[nil], im[true], im[a], im[b] == "")
	var e error
	em := map[error]int{e: 5}
	fmt.Println(em[nil], len(em))

	// named float key types, updates keep the newest key
	cel := map[Celsius]int{}
	cel[-0.0] = 1
	cel[0] = 2
	fmt.Println(len(cel), cel)

	// strings built at run time
	sm := map[string]int{}
	s := ""
	for i := 0; i < 50; i++ {
		s += string(rune('a' + i%26))
		sm[s] = i
	}
	fmt.Println(len(sm), sm["abc"], sm[s], sm[s[:26]], sm["zzz"])
	long := map[string]int{}
	for i := 0; i < 100; i++ {
		long[fmt.Sprintf("%060d", i)] = i
	}
	fmt.Println(long[fmt.Sprintf("%060d", 42)], len(long))
}
