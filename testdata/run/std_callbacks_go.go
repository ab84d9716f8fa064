// sort.Slice and strings.FieldsFunc called in goroutines, with callbacks deep
// enough to grow the goroutine stacks from inside the C library code.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

func depth(n int) int {
	var buf [64]int
	buf[n%64] = n
	if n == 0 {
		return buf[0]
	}
	return depth(n-1) + buf[n%64] - n + 1
}

func main() {
	var wg sync.WaitGroup
	res := make([][]int, 4)
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			xs := make([]int, 200)
			for i := range xs {
				xs[i] = (i * 7919 * (g + 1)) % 1000
			}
			sort.Slice(xs, func(i, j int) bool {
				return depth(300)+xs[i] < depth(300)+xs[j]
			})
			fs := strings.FieldsFunc("a,b;c d", func(r rune) bool { return depth(500) > 0 && strings.ContainsRune(",; ", r) })
			res[g] = append(xs[:5], len(fs))
		}(g)
	}
	wg.Wait()
	fmt.Println(res)
}
