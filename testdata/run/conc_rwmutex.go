// RWMutex: readers share, writers exclude.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

type store struct {
	mu   sync.RWMutex
	data []int
}

func (s *store) get(i int) int {
	s.mu.RLock()
	v := s.data[i]
	s.mu.RUnlock()
	return v
}

func (s *store) add(v int) {
	s.mu.Lock()
	s.data = append(s.data, v)
	runtime.Gosched()
	s.mu.Unlock()
}

func main() {
	s := &store{data: []int{0}}
	var wg sync.WaitGroup
	sum := 0
	var smu sync.Mutex
	for i := 1; i <= 20; i++ {
		wg.Add(2)
		go func(v int) { s.add(v); wg.Done() }(i)
		go func() {
			v := s.get(0)
			smu.Lock()
			sum += v
			smu.Unlock()
			wg.Done()
		}()
	}
	wg.Wait()
	t := 0
	for _, v := range s.data {
		t += v
	}
	fmt.Println(len(s.data), t, sum)
}
