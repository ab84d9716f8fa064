package main

import (
	"fmt"
	"sync"
	"time"
)

type Server struct {
	mu    sync.Mutex
	count map[string]int
	quit  chan struct{}
}

func (s *Server) handle(name string, wg *sync.WaitGroup) { // ERROR "leaking param: name$" "leaking param: s$" "leaking param: wg$"
	defer wg.Done()
	s.mu.Lock()
	s.count[name]++
	s.mu.Unlock()
}

func (s *Server) run(names []string) { // ERROR "leaking param content: names$" "leaking param: s$"
	var wg sync.WaitGroup // ERROR "moved to heap: wg$"
	for _, n := range names {
		wg.Add(1)
		go s.handle(n, &wg)
	}
	wg.Wait()
}

func fanIn(chs ...<-chan int) <-chan int { // ERROR "leaking param content: chs$"
	out := make(chan int)
	var wg sync.WaitGroup // ERROR "moved to heap: wg$"
	for _, c := range chs {
		wg.Add(1)
		go func(c <-chan int) { // ERROR "c does not escape$" "func literal escapes to heap$"
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}(c)
	}
	go func() { // ERROR "func literal escapes to heap$"
		wg.Wait()
		close(out)
	}()
	return out
}

func gen(n int) <-chan int {
	c := make(chan int)
	go func() { // ERROR "func literal escapes to heap$"
		for i := 0; i < n; i++ {
			c <- i
		}
		close(c)
	}()
	return c
}

func timeout(c chan int) int { // ERROR "c does not escape$"
	for {
		select {
		case v, ok := <-c:
			if !ok {
				return -1
			}
			return v
		case <-make(chan int):
			return 0
		}
	}
}

func deferLoop(xs []int) (sum int) { // ERROR "moved to heap: sum$" "xs does not escape$"
	for _, x := range xs {
		defer func(v int) { sum += v }(x) // ERROR "func literal escapes to heap$"
	}
	return 0
}

func main() {
	s := &Server{count: map[string]int{}, quit: make(chan struct{})} // ERROR "&Server{...} escapes to heap$" "map\[string\]int{} escapes to heap$"
	s.run([]string{"a", "b", "a"}) // ERROR "\[\]string{...} does not escape$"
	fmt.Println(s.count["a"]) // ERROR "... argument does not escape$" "s.count\[.a.\] escapes to heap$"
	total := 0
	for v := range fanIn(gen(3), gen(4)) { // ERROR "... argument does not escape$"
		total += v
	}
	fmt.Println(total, timeout(make(chan int)), deferLoop([]int{1, 2, 3})) // ERROR "... argument does not escape$" "\[\]int{...} does not escape$" "deferLoop\(\[\]int{...}\) escapes to heap$" "timeout\(make\(chan int\)\) escapes to heap$" "total escapes to heap$"
	start := time.Now()
	_ = time.Since(start)
}
