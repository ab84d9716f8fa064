// Panics raised inside the standard library, recovered and printed, then
// one that is not recovered (exit status 2).
package main

import (
	"bytes"
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"
)

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: recovered: %v\n", name, r)
		}
	}()
	f()
	fmt.Println(name, "returned normally")
}

func main() {
	try("repeat", func() { _ = strings.Repeat("ab", -2) })
	try("truncate", func() {
		var b bytes.Buffer
		b.WriteString("abc")
		b.Truncate(10)
	})
	try("encoderune", func() {
		p := make([]byte, 2)
		utf8.EncodeRune(p, '世')
	})
	try("sortslice", func() { sort.Slice("not a slice", func(i, j int) bool { return i < j }) })
	try("less panics", func() {
		xs := []int{3, 1, 2}
		sort.Slice(xs, func(i, j int) bool {
			if xs[i] == 2 {
				panic(fmt.Sprintf("saw %d", xs[i]))
			}
			return xs[i] < xs[j]
		})
	})
	try("ok", func() { _ = strings.Repeat("x", 3) })
	var sb strings.Builder
	sb.WriteString("before the crash")
	fmt.Println(sb.String())
	fmt.Println(strings.Repeat("-", -1))
}
