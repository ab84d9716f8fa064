// sort.Sort and sort.Stable over a sort.Interface with many ties, the
// pattern-breaking and heapsort paths of pdqsort, and NaN ordering.
package main

import (
	"fmt"
	"math"
	"sort"
)

type rec struct {
	key, id int
}

type byKey []rec

func (b byKey) Len() int           { return len(b) }
func (b byKey) Less(i, j int) bool { return b[i].key < b[j].key }
func (b byKey) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type counting struct {
	byKey
	less, swap *int
}

func (c counting) Less(i, j int) bool { *c.less++; return c.byKey.Less(i, j) }
func (c counting) Swap(i, j int)      { *c.swap++; c.byKey.Swap(i, j) }

func gen(n, mod int, seed uint32) []rec {
	out := make([]rec, n)
	for i := range out {
		seed = seed*1664525 + 1013904223
		out[i] = rec{int(seed>>8) % mod, i}
	}
	return out
}

func ids(rs []rec) []int {
	out := make([]int, len(rs))
	for i, r := range rs {
		out[i] = r.id
	}
	return out
}

func main() {
	a := gen(60, 4, 1)
	sort.Sort(byKey(a))
	fmt.Println(ids(a))
	b := gen(60, 4, 1)
	sort.Stable(byKey(b))
	fmt.Println(ids(b))

	var less, swap int
	c := gen(500, 7, 42)
	sort.Sort(counting{byKey(c), &less, &swap})
	fmt.Println(less, swap, sort.IsSorted(byKey(c)), ids(c)[:20])
	less, swap = 0, 0
	d := gen(500, 7, 42)
	sort.Stable(counting{byKey(d), &less, &swap})
	fmt.Println(less, swap, ids(d)[:20])

	// an organ-pipe input: balanced partitions break down, patterns get broken
	pipe := make([]rec, 300)
	for i := range pipe {
		k := i
		if i >= 150 {
			k = 299 - i
		}
		pipe[i] = rec{k % 37, i}
	}
	less, swap = 0, 0
	sort.Sort(counting{byKey(pipe), &less, &swap})
	fmt.Println(less, swap, ids(pipe)[:16], ids(pipe)[284:])

	fs := []float64{3, math.NaN(), -1, math.Inf(1), 0, math.Inf(-1), math.NaN(), 2.5, -0.0}
	sort.Float64s(fs)
	fmt.Println(fs, sort.Float64sAreSorted(fs))
	strs := []string{"b", "B", "a", "A", "ä", "Ä", "", "aa", "ab", "a "}
	sort.Strings(strs)
	fmt.Printf("%q\n", strs)
	sort.Sort(sort.Reverse(sort.StringSlice(strs)))
	fmt.Printf("%q\n", strs)
}
