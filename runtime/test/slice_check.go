package main

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
)

type T3 struct{ a, b, c int64 }

var sink []byte
var sinkr []rune
var sinks string

func main() {
	var a []int
	last := -1
	for i := 0; i < 5000; i++ {
		a = append(a, i)
		if cap(a) != last {
			last = cap(a)
			fmt.Print(last, " ")
		}
	}
	fmt.Println()
	var b []byte
	last = -1
	for i := 0; i < 5000; i++ {
		b = append(b, 1)
		if cap(b) != last {
			last = cap(b)
			fmt.Print(last, " ")
		}
	}
	fmt.Println()
	var c []T3
	last = -1
	for i := 0; i < 3000; i++ {
		c = append(c, T3{})
		if cap(c) != last {
			last = cap(c)
			fmt.Print(last, " ")
		}
	}
	fmt.Println()
	s := []int{1, 2, 3}
	s = append(s, 4, 5, 6, 7, 8)
	fmt.Println(len(s), cap(s))
	s = append(s[:1], make([]int, 20)...)
	fmt.Println(len(s), cap(s))
	e := os.Args[0][:0] // non-constant strings: constant ones are converted by the compiler
	sink = []byte(e + "hello")
	fmt.Println(len(sink), cap(sink))
	sink = []byte(e + "hello, world, this is longer than 32 bytes")
	fmt.Println(len(sink), cap(sink))
	sinkr = []rune(e + "héllo")
	fmt.Println(len(sinkr), cap(sinkr), sinkr)
	sinks = string([]rune{0x65e5, 0x672c, -1, 0x110000, 'a'})
	fmt.Println(sinks, len(sinks))
	sinks = string(rune(0x10FFFF + 1))
	fmt.Println(sinks)
	for i, r := range "a\xffé\xe6\x97" {
		fmt.Print(i, ":", r, " ")
	}
	fmt.Println()
	n, err := strconv.Atoi("123")
	fmt.Println(n, err)
	n, err = strconv.Atoi("-99999999999999999999")
	fmt.Println(n, err)
	n, err = strconv.Atoi("")
	fmt.Println(n, err)
	n, err = strconv.Atoi("+")
	fmt.Println(n, err)
	fmt.Println(strconv.Itoa(-45), strconv.Itoa(7), strconv.FormatInt(255, 16), strconv.Quote("a\"b\tc\x00é"))
	var m1, m2 runtime.MemStats
	runtime.ReadMemStats(&m1)
	for i := 0; i < 10; i++ {
		sink = make([]byte, 10)
	}
	runtime.ReadMemStats(&m2)
	fmt.Println(m2.Mallocs - m1.Mallocs)
}
