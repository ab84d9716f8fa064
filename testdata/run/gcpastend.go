// Past-the-end pointers: emptied strings and slices (s = s[1:] until empty,
// b[len(b):]) point just past their arrays, and the collector must not trip
// on them (GOFRONT_GC_POISON=1 checks every heap pointer it scans).
package main

import "fmt"

type Lexer struct {
	rest  string
	queue []int
	parts [][]byte
}

var keep []*Lexer

func main() {
	for i := 0; i < 20000; i++ {
		l := &Lexer{rest: fmt.Sprint("abc", i), queue: make([]int, 3)}
		for len(l.rest) > 0 {
			l.rest = l.rest[1:]
		}
		for len(l.queue) > 0 {
			l.queue = l.queue[1:]
		}
		b := make([]byte, 16)
		l.parts = append(l.parts, b[16:], b[:0])
		keep = append(keep, l)
		if len(keep) > 100 {
			keep = keep[50:]
		}
	}
	fmt.Println(len(keep), len(keep[0].rest), len(keep[0].queue), cap(keep[0].queue))
}
