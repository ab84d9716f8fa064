// Arbitrary-precision natural numbers as digit slices: add, multiply,
// factorials and powers, checked against int64 where they fit.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Nat []int // little-endian base-10 digits

func parse(s string) Nat {
	n := make(Nat, len(s))
	for i := range s {
		n[len(s)-1-i] = int(s[i] - '0')
	}
	return n.trim()
}

func (n Nat) trim() Nat {
	for len(n) > 1 && n[len(n)-1] == 0 {
		n = n[:len(n)-1]
	}
	return n
}

func (n Nat) String() string {
	var b strings.Builder
	for i := len(n) - 1; i >= 0; i-- {
		b.WriteByte(byte('0' + n[i]))
	}
	return b.String()
}

func add(a, b Nat) Nat {
	if len(a) < len(b) {
		a, b = b, a
	}
	out := make(Nat, 0, len(a)+1)
	carry := 0
	for i := range a {
		s := a[i] + carry
		if i < len(b) {
			s += b[i]
		}
		out = append(out, s%10)
		carry = s / 10
	}
	if carry > 0 {
		out = append(out, carry)
	}
	return out
}

func mul(a, b Nat) Nat {
	out := make(Nat, len(a)+len(b))
	for i, x := range a {
		carry := 0
		for j, y := range b {
			t := out[i+j] + x*y + carry
			out[i+j] = t % 10
			carry = t / 10
		}
		for k := i + len(b); carry > 0; k++ {
			t := out[k] + carry
			out[k] = t % 10
			carry = t / 10
		}
	}
	return out.trim()
}

func fromInt(x int) Nat { return parse(strconv.Itoa(x)) }

func factorial(n int) Nat {
	r := fromInt(1)
	for i := 2; i <= n; i++ {
		r = mul(r, fromInt(i))
	}
	return r
}

func pow(b Nat, e int) Nat {
	r := fromInt(1)
	for e > 0 {
		if e&1 == 1 {
			r = mul(r, b)
		}
		b = mul(b, b)
		e >>= 1
	}
	return r
}

func digitSum(n Nat) int {
	s := 0
	for _, d := range n {
		s += d
	}
	return s
}

func main() {
	for _, p := range [][2]int{{0, 0}, {9, 1}, {999999, 1}, {123456789, 987654321}, {4611686018427387903, 4611686018427387904}} {
		s := add(fromInt(p[0]), fromInt(p[1]))
		fmt.Println(s, s.String() == strconv.FormatUint(uint64(p[0])+uint64(p[1]), 10))
	}
	fmt.Println(mul(parse("123456789123456789"), parse("987654321987654321")))
	for _, n := range []int{0, 5, 20, 25, 50} {
		f := factorial(n)
		fmt.Printf("%d! = %v (%d digits, digit sum %d)\n", n, f, len(f), digitSum(f))
	}
	fmt.Println(pow(fromInt(2), 100))
	fmt.Println(pow(fromInt(3), 50), len(pow(fromInt(7), 77)))
	a, b := fromInt(0), fromInt(1)
	for i := 0; i < 150; i++ {
		a, b = b, add(a, b)
	}
	fmt.Println("fib(150) =", a)
}
