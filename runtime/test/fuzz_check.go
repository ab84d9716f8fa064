package main

import (
	"errors"
	"fmt"
	"math"
)

// Random verbs, flags, widths and precisions over a fixed set of operands;
// fuzz_check.c builds the same format strings with the same generator.
var state uint64 = 2463534242

func next() uint64 {
	state ^= state << 13
	state ^= state >> 7
	state ^= state << 17
	return state
}

type St int

func (St) String() string { return "S!" }

type T struct {
	A int
	B string
}

func main() {
	verbs := "vdsqxXcUeEfgGtTboO%!"
	flags := "+-# 0"
	var np *int
	args := []interface{}{0, 42, -7, uint8(200), int64(-1 << 63), "héllo", "", 3.25, -0.001, 1e21,
		float32(2.5), true, []int{1, -2}, T{3, "x"}, nil, np, 'x', []byte("ab"), [2]string{"a", "b"}, 65,
		math.NaN(), math.Inf(-1), uint64(1<<64 - 1), int8(-128), []string{"a b", ""}, []interface{}{1, "x", nil},
		St(1), errors.New("bad"), &T{1, "y"}, float32(-1e-7), 1e-320, 123456789.0, "\x80\t\u00a0\U0001F600"}
	for i := 0; i < 1500; i++ {
		f := "%"
		for j := 0; j < 5; j++ {
			if next()%3 == 0 {
				f += string(flags[next()%5])
			}
		}
		if next()%2 == 0 {
			f += fmt.Sprint(next() % 13)
		}
		if next()%2 == 0 {
			f += "." + fmt.Sprint(next()%9)
		}
		f += string(verbs[next()%uint64(len(verbs))])
		a := args[next()%uint64(len(args))]
		fmt.Printf("%q: [%s]\n", f, fmt.Sprintf(f, a))
	}
}
