// A worker pool: three workers, a jobs channel, a results channel, a WaitGroup.
package main

import (
	"fmt"
	"sync"
)

type result struct {
	job, worker, value int
}

func worker(id int, jobs <-chan int, results chan<- result, wg *sync.WaitGroup) {
	for j := range jobs {
		results <- result{j, id, j * j}
	}
	wg.Done()
}

func main() {
	jobs := make(chan int, 100)
	results := make(chan result, 100)
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for j := 1; j <= 20; j++ {
		jobs <- j
	}
	close(jobs)
	wg.Wait()
	close(results)
	byJob := make([]int, 21)
	count := 0
	for r := range results {
		byJob[r.job] = r.value
		count++
	}
	fmt.Println(count, byJob[1:])
}
