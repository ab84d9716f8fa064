// Panics recovered inside goroutines, each on its own stack and defer chain.
package main

import (
	"fmt"
	"sync"
)

func dive(n int, ch chan int) int {
	var pad [32]int
	pad[n%32] = n
	if n == 0 {
		ch <- 1
		panic(fmt.Sprintf("bottom %d", pad[0]))
	}
	return dive(n-1, ch) + pad[n%32]
}

func safe(id int, ch chan int) (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint(id, " ", r)
		}
	}()
	dive(500+id, ch)
	return "no panic"
}

func main() {
	var wg sync.WaitGroup
	res := make([]string, 8)
	ch := make(chan int, 100)
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			res[i] = safe(i, ch)
		}(i)
	}
	wg.Wait()
	for _, r := range res {
		fmt.Println(r)
	}
	fmt.Println(len(ch))
}
