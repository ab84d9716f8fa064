package main

import (
	"fmt"
	"strings"
)

func build(words []string) string { // ERROR "words does not escape$"
	var b strings.Builder
	for i, w := range words {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	b.WriteRune('!')
	return b.String()
}

func grow(n int) int {
	var b strings.Builder
	b.Grow(n)
	b.WriteString("abc")
	return b.Len()
}

func heapBuilder() *strings.Builder {
	b := new(strings.Builder) // ERROR "new\(strings.Builder\) escapes to heap$"
	b.WriteString("x")
	return b
}

func reset(b *strings.Builder) { // ERROR "b does not escape$"
	b.Reset()
}

func main() {
	s := build([]string{"a", "b"}) // ERROR "\[\]string{...} does not escape$"
	fmt.Println(s, grow(8)) // ERROR "... argument does not escape$" "grow\(8\) escapes to heap$" "s escapes to heap$"
	h := heapBuilder()
	reset(h)
	fmt.Println(h.Len()) // ERROR "... argument does not escape$" "\(\*strings.Builder\).Len\(h\) escapes to heap$"
}
