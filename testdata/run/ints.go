// Integer arithmetic: wrap-around overflow, shifts, division and remainder sign rules.
// gofront: -O2
package main

import "fmt"

func main() {
	var a int8 = 127
	a++
	fmt.Println("int8 overflow:", a)
	var b uint8 = 0
	b--
	fmt.Println("uint8 underflow:", b)
	var c int32 = 1 << 30
	c *= 4
	fmt.Println("int32 overflow:", c)
	var d uint64 = 1<<64 - 1
	d += 2
	fmt.Println("uint64 wrap:", d)
	var e int64 = -9223372036854775808
	e = -e
	fmt.Println("minint negated:", e)
	var u16 uint16 = 65535
	fmt.Println("uint16:", u16+1, u16*u16)

	x, y := 7, -3
	fmt.Println("div:", x/y, -x/y, x/-y, -x/-y)
	fmt.Println("rem:", x%y, -x%y, x%-y, -x%-y)
	fmt.Println("div by pow2:", -7/2, -7%2, -8>>1, -7>>1)

	var s uint = 3
	v200 := uint8(200)
	fmt.Println("shifts:", 1<<s, -16>>s, v200<<1, v200>>s)
	one := 1
	fmt.Println("big shift:", one<<s<<62, int64(one)<<63, uint32(one)<<40>>40)
	var n int = 100
	fmt.Println("shift >= width:", 1<<n, -1>>n, uint64(5)>>n)

	fmt.Println("bitops:", 0xF0&0x3C, 0xF0|0x0F, 0xF0^0xFF, 0xF0&^0x30, ^0, ^uint8(1))
	var m int16 = -32768
	fmt.Println("int16 / -1:", m/-1, m%-1)
	big := 300
	fmt.Printf("conversions: %d %d %d %d\n", int8(big), uint8(big-45), int32(int64(one)<<33+5), uint16(big*233+100))
	f := 3.99
	fmt.Println("float to int:", int(f), int(-f), int64(1e18))
	h := 0
	for i := 1; i <= 20; i++ {
		h = h*31 + i
	}
	fmt.Println("hash:", h)
}
