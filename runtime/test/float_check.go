package main

import (
	"fmt"
	"math"
)

// The same xorshift sequence as float_check.c, so both sides print the same floats.
var state uint64 = 88172645463325252

func next() uint64 {
	state ^= state << 13
	state ^= state >> 7
	state ^= state << 17
	return state
}

func main() {
	for i := 0; i < 3000; i++ {
		u := next()
		f := math.Float64frombits(u)
		if i%3 == 1 { // ordinary magnitudes too
			f = float64(int64(u>>11)) / float64(uint64(1)<<(u%60))
		}
		if i%3 == 2 {
			f = float64(int64(u%2000000)-1000000) / 1000
		}
		g := math.Float32frombits(uint32(u >> 32))
		fmt.Println(f, g)
		fmt.Printf("%e %.3g %g %.2f %G %x\n", f, f, f, f, g, f)
	}
	// short decimals: n / 10^k, the fast path of the shortest formatting
	p := 1.0
	for i := 0; i < 4000; i++ {
		u := next()
		k := int(u % 18)
		p = 1
		for j := 0; j < k; j++ {
			p *= 10
		}
		n := float64(int64((u >> 8) % 1000000000000000000 >> (u % 50)))
		fmt.Println(n/p, -n/p, float32(n/p), n)
	}
}
