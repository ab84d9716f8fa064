// Building strings: += in a loop, byte slices, and long concatenations past the
// 32-byte stack buffer gc uses for non-escaping results.
package main

import "fmt"

func repeat(s string, n int) string {
	r := ""
	for i := 0; i < n; i++ {
		r += s
	}
	return r
}

func joinWords(ws []string, sep string) string {
	var b []byte
	for i, w := range ws {
		if i > 0 {
			b = append(b, sep...)
		}
		b = append(b, w...)
	}
	return string(b)
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var buf [20]byte
	i := len(buf)
	for n > 0 {
		i--
		buf[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		buf[i] = '-'
	}
	return string(buf[i:])
}

func main() {
	s := repeat("ab", 1000)
	fmt.Println(len(s), s[:10], s[1990:])
	fmt.Println(joinWords([]string{"the", "quick", "brown", "fox"}, ", "))
	fmt.Println(itoa(0), itoa(12345), itoa(-987), itoa(9223372036854775807))
	long := "0123456789" + "abcdefghij" + "ABCDEFGHIJ" + "klmnopqrst"
	fmt.Println(len(long), long[35:])
	x := "short"
	y := x + x + x + x + x + x + x + x
	fmt.Println(len(y), y == repeat("short", 8))
	for i := 0; i < 3; i++ {
		t := "line " + itoa(i) + ": " + repeat("=", i*20)
		fmt.Println(t)
	}
}
