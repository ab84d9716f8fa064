// Sorting slices: insertion sort, quicksort, merge sort with a scratch slice.
package main

import "fmt"

func insertion(a []int) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

func quick(a []int) {
	if len(a) < 2 {
		return
	}
	p := a[len(a)/2]
	i, j := 0, len(a)-1
	for i <= j {
		for a[i] < p {
			i++
		}
		for a[j] > p {
			j--
		}
		if i <= j {
			a[i], a[j] = a[j], a[i]
			i++
			j--
		}
	}
	quick(a[:j+1])
	quick(a[i:])
}

func merge(a []int) []int {
	if len(a) <= 1 {
		return a
	}
	l, r := merge(a[:len(a)/2]), merge(a[len(a)/2:])
	out := make([]int, 0, len(a))
	for len(l) > 0 && len(r) > 0 {
		if l[0] <= r[0] {
			out, l = append(out, l[0]), l[1:]
		} else {
			out, r = append(out, r[0]), r[1:]
		}
	}
	return append(append(out, l...), r...)
}

func sorted(a []int) bool {
	for i := 1; i < len(a); i++ {
		if a[i-1] > a[i] {
			return false
		}
	}
	return true
}

func main() {
	data := []int{5, 2, 9, 1, 5, 6, -3, 0, 12, 7}
	a := append([]int(nil), data...)
	insertion(a)
	b := append([]int{}, data...)
	quick(b)
	fmt.Println(a, b, merge(data), data)
	big := make([]int, 50000)
	x := 42
	for i := range big {
		x = (x*1103515245 + 12345) & 0x7fffffff
		big[i] = x % 100000
	}
	c := merge(big)
	quick(big)
	fmt.Println(sorted(big), sorted(c), big[0], big[len(big)-1], c[25000] == big[25000])
	words := []string{"pear", "apple", "fig", "banana"}
	for i := 1; i < len(words); i++ {
		for j := i; j > 0 && words[j] < words[j-1]; j-- {
			words[j], words[j-1] = words[j-1], words[j]
		}
	}
	fmt.Println(words)
}
