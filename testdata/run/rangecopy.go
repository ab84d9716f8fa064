// range semantics: the value variable is a copy; ranging over an array ranges over a copy
// of it, ranging over a slice sees later writes; the range expression is evaluated once.
package main

import "fmt"

type item struct{ n int }

var calls int

func get() []int {
	calls++
	return []int{1, 2, 3}
}

func main() {
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println(arr)
	sl := []int{1, 2, 3}
	for i, v := range sl {
		sl[2] = 100
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println(sl)
	items := []item{{1}, {2}}
	for _, it := range items {
		it.n *= 10
	}
	fmt.Println(items)
	for i := range items {
		items[i].n *= 10
	}
	fmt.Println(items)
	for range get() {
	}
	fmt.Println("calls:", calls)
	grow := []int{1, 2}
	for i := range grow {
		grow = append(grow, i)
	}
	fmt.Println(grow)
	pa := &arr
	for i := range pa {
		pa[i] = i
	}
	fmt.Println(arr)
	n := 0
	for i := range [5]struct{}{} {
		n += i
	}
	fmt.Println(n)
}
