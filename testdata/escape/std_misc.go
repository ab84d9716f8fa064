package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"
)

type myErr struct{ msg string }

func (e *myErr) Error() string { return e.msg } // ERROR "leaking param: e to result ~r0 level=1$"

func asErr(err error) string { // ERROR "leaking param: err$"
	var me *myErr // ERROR "moved to heap: me$"
	if errors.As(err, &me) {
		return me.msg
	}
	return ""
}

func floats(f float64) string {
	return strconv.FormatFloat(f, 'f', 2, 64)
}

func parseF(s string) float64 { // ERROR "leaking param: s$"
	f, _ := strconv.ParseFloat(s, 64)
	return f
}

func builderEscapes() *strings.Builder {
	var b strings.Builder // ERROR "moved to heap: b$"
	b.WriteString("esc")
	return &b
}

func rev(xs []int) { // ERROR "leaking param: xs$"
	sort.Sort(sort.Reverse(sort.IntSlice(xs))) // ERROR "sort.IntSlice\(xs\) escapes to heap$"
}

func dur(d time.Duration) string {
	return d.String()
}

func closureSort(xs []int, desc bool) { // ERROR "leaking param: xs$"
	sort.Slice(xs, func(i, j int) bool { // ERROR "func literal does not escape$" "xs escapes to heap$"
		if desc {
			return xs[i] > xs[j]
		}
		return xs[i] < xs[j]
	})
}

func quoteLocal() int {
	s := strconv.Quote("abc")
	return len(s)
}

func main() {
	fmt.Println(asErr(&myErr{"m"}), floats(1.5), parseF("2.5"), builderEscapes().String()) // ERROR "&myErr{...} escapes to heap$" "... argument does not escape$" "\(\*strings.Builder\).String\(.autotmp_0\) escapes to heap$" "asErr\(&myErr{...}\) escapes to heap$" "floats\(1.5\) escapes to heap$" "parseF\(.2.5.\) escapes to heap$"
	xs := []int{1, 3, 2} // ERROR "\[\]int{...} escapes to heap$"
	rev(xs)
	closureSort(xs, true)
	fmt.Println(xs, dur(time.Second), quoteLocal()) // ERROR "... argument does not escape$" "dur\(time.Second\) escapes to heap$" "quoteLocal\(\) escapes to heap$" "xs escapes to heap$"
	time.Sleep(time.Millisecond)
}
