// sort: Ints, Strings, Float64s, Slice, SliceStable, Sort, Stable, Reverse,
// Search; sort.Slice with equal keys must leave them in go1.19's order.
package main

import (
	"fmt"
	"sort"
)

type item struct {
	name  string
	score int
}

type byName []item

func (b byName) Len() int           { return len(b) }
func (b byName) Less(i, j int) bool { return b[i].name < b[j].name }
func (b byName) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	ints := []int{42, -7, 19, 0, 3, 3, 100, -50, 8, 15, 23, 4, 16, 42, 1, 9, 77, 31}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints))
	fmt.Println(sort.SearchInts(ints, 16), sort.SearchInts(ints, 17), sort.SearchInts(ints, 1000))

	words := []string{"kiwi", "apple", "Banana", "cherry", "apple", "date", "", "Zebra"}
	sort.Strings(words)
	fmt.Printf("%q\n", words)
	fmt.Println(sort.SearchStrings(words, "cherry"), sort.StringsAreSorted(words))

	fl := []float64{2.5, -1, 3.25, 0, 1e10, -1e-3}
	sort.Float64s(fl)
	fmt.Println(fl)

	// many equal keys: the unstable order is part of the output
	var items []item
	for i := 0; i < 40; i++ {
		items = append(items, item{fmt.Sprintf("n%02d", i), (i * 7) % 5})
	}
	sort.Slice(items, func(i, j int) bool { return items[i].score < items[j].score })
	for _, it := range items {
		fmt.Print(it.name, ":", it.score, " ")
	}
	fmt.Println()

	small := []item{{"a", 2}, {"b", 1}, {"c", 2}, {"d", 1}, {"e", 0}}
	sort.SliceStable(small, func(i, j int) bool { return small[i].score < small[j].score })
	fmt.Println(small)

	sort.Sort(byName(items[:10]))
	fmt.Println(items[:10])
	sort.Sort(sort.Reverse(byName(items[:10])))
	fmt.Println(items[:10])
	sort.Stable(byName(small))
	fmt.Println(small, sort.IsSorted(byName(small)))

	r := []int{5, 2, 9, 1}
	sort.Sort(sort.Reverse(sort.IntSlice(r)))
	fmt.Println(r)
	ss := sort.StringSlice{"c", "a", "b"}
	ss.Sort()
	fmt.Println(ss, ss.Len())

	// Search: the smallest i with f(i) true
	n := sort.Search(1000, func(i int) bool { return i*i >= 500 })
	fmt.Println(n)

	// reverse-sorted and already-sorted big inputs take pdqsort's shortcuts
	big := make([]int, 200)
	for i := range big {
		big[i] = 200 - i
	}
	sort.Ints(big)
	fmt.Println(big[:5], big[195:])
	pairs := make([]item, 100)
	for i := range pairs {
		pairs[i] = item{fmt.Sprint(i), (i * 37) % 10}
	}
	sort.Slice(pairs, func(i, j int) bool { return pairs[i].score > pairs[j].score })
	fmt.Println(pairs[:12])
	fmt.Println(pairs[88:])
}
