package main

import (
	"fmt"
	"sort"
)

type byLen []string

func (s byLen) Len() int           { return len(s) } // ERROR "s does not escape$"
func (s byLen) Less(i, j int) bool { return len(s[i]) < len(s[j]) } // ERROR "s does not escape$"
func (s byLen) Swap(i, j int)      { s[i], s[j] = s[j], s[i] } // ERROR "byLen.Swap ignoring self-assignment in s\[i\], s\[j\] = s\[j\], s\[i\]$" "s does not escape$"

func ints() []int {
	xs := []int{3, 1, 2} // ERROR "\[\]int{...} escapes to heap$"
	sort.Ints(xs)
	return xs
}

func localInts() int {
	xs := []int{3, 1, 2} // ERROR "\[\]int{...} escapes to heap$"
	sort.Ints(xs)
	return xs[0]
}

func strs(ss []string) { // ERROR "leaking param: ss$"
	sort.Strings(ss)
}

func bySlice(people []string) { // ERROR "leaking param: people$"
	sort.Slice(people, func(i, j int) bool { return people[i] < people[j] }) // ERROR "func literal does not escape$" "people escapes to heap$"
}

func byIface(words []string) { // ERROR "leaking param: words$"
	sort.Sort(byLen(words)) // ERROR "byLen\(words\) escapes to heap$"
}

func search(xs []int, x int) int { // ERROR "xs does not escape$"
	return sort.SearchInts(xs, x)
}

func main() {
	fmt.Println(ints(), localInts()) // ERROR "... argument does not escape$" "ints\(\) escapes to heap$" "localInts\(\) escapes to heap$"
	ss := []string{"b", "a"} // ERROR "\[\]string{...} escapes to heap$"
	strs(ss)
	bySlice(ss)
	byIface(ss)
	fmt.Println(ss, search([]int{1, 2, 3}, 2)) // ERROR "... argument does not escape$" "\[\]int{...} does not escape$" "search\(\[\]int{...}, 2\) escapes to heap$" "ss escapes to heap$"
}
