package main

import (
	"fmt"
	"strconv"
)

func itoa(n int) string {
	return strconv.Itoa(n)
}

func atoi(s string) int { // ERROR "leaking param: s$"
	n, err := strconv.Atoi(s)
	if err != nil {
		return -1
	}
	return n
}

func quote(s string) string { // ERROR "s does not escape$"
	return strconv.Quote(s)
}

func format(n int64) string {
	return strconv.FormatInt(n, 16)
}

func parse(s string) (int64, error) { // ERROR "leaking param: s$"
	return strconv.ParseInt(s, 10, 64)
}

func main() {
	fmt.Println(itoa(42), atoi("17"), quote("hi"), format(255)) // ERROR "... argument does not escape$" "atoi\(.17.\) escapes to heap$" "format\(255\) escapes to heap$" "itoa\(42\) escapes to heap$" "quote\(.hi.\) escapes to heap$"
	v, err := parse("12")
	fmt.Println(v, err) // ERROR "... argument does not escape$" "v escapes to heap$"
}
