// Bit manipulation: a bitset on []uint64, popcount, shifts of every width,
// masks, rotations and sized integer wraparound.
package main

import (
	"fmt"
	"strings"
)

type Bitset []uint64

func NewBitset(n int) Bitset { return make(Bitset, (n+63)/64) }

func (b Bitset) Set(i int)       { b[i/64] |= 1 << uint(i%64) }
func (b Bitset) Clear(i int)     { b[i/64] &^= 1 << uint(i%64) }
func (b Bitset) Has(i int) bool  { return b[i/64]&(1<<uint(i%64)) != 0 }
func (b Bitset) Toggle(i int)    { b[i/64] ^= 1 << uint(i%64) }

func popcount(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func (b Bitset) Count() int {
	n := 0
	for _, w := range b {
		n += popcount(w)
	}
	return n
}

func (b Bitset) String() string {
	var parts []string
	for i := 0; i < len(b)*64; i++ {
		if b.Has(i) {
			parts = append(parts, fmt.Sprint(i))
		}
	}
	return "{" + strings.Join(parts, ",") + "}"
}

func rotl8(x uint8, k uint) uint8 { return x<<(k%8) | x>>(8-k%8) }

func reverseBits(x uint32) uint32 {
	var r uint32
	for i := 0; i < 32; i++ {
		r = r<<1 | x&1
		x >>= 1
	}
	return r
}

func main() {
	b := NewBitset(130)
	for _, i := range []int{0, 3, 64, 65, 127, 129} {
		b.Set(i)
	}
	b.Clear(3)
	b.Toggle(5)
	b.Toggle(64)
	fmt.Println(b, b.Count(), len(b), b.Has(65), b.Has(64))

	// primes below 200 with a bitset sieve
	const n = 200
	comp := NewBitset(n)
	for i := 2; i*i < n; i++ {
		if !comp.Has(i) {
			for j := i * i; j < n; j += i {
				comp.Set(j)
			}
		}
	}
	cnt := 0
	for i := 2; i < n; i++ {
		if !comp.Has(i) {
			cnt++
		}
	}
	fmt.Println("primes below 200:", cnt)

	var x uint64 = 0xDEADBEEFCAFEBABE
	fmt.Printf("%x %x %x %x\n", x>>4, x<<8, x&0xFFFF, x^x>>32)
	fmt.Println(popcount(x), popcount(0), popcount(^uint64(0)))
	fmt.Printf("%08b %08b %08b\n", rotl8(0b10010110, 1), rotl8(0b10010110, 3), rotl8(0b10010110, 8))
	fmt.Printf("%032b\n%032b\n", uint32(0b1011), reverseBits(0b1011))

	var i8 int8 = 127
	i8++
	var u8 uint8 = 0
	u8--
	var i16 int16 = -32768
	i16 = -i16
	var u32 uint32 = 1 << 31
	u32 *= 2
	fmt.Println(i8, u8, i16, u32)
	for _, s := range []uint{0, 1, 7, 8, 31, 32, 63, 64, 100} {
		fmt.Print(uint32(1)<<s, " ", int64(-1)>>s, " ", uint8(255)>>s, "; ")
	}
	fmt.Println()
	y := -17
	fmt.Println(y>>1, y/2, y%4, y&3, ^y, -y&y, y&^0xF)
	var flags uint8
	const (
		Read uint8 = 1 << iota
		Write
		Exec
	)
	flags |= Read | Exec
	fmt.Printf("%03b r=%v w=%v x=%v\n", flags, flags&Read != 0, flags&Write != 0, flags&Exec != 0)
}
