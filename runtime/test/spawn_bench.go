// spawn_bench.go: issue 5's scale measurement, as a Go program that both
// gofront and go1.19 build (bench.sh runs it): N goroutines blocked at once.
// It prints the time per goroutine (spawn + run until blocked), then sleeps
// while bench.sh reads its RSS from /proc; run with N = 0 for the baseline.
package main

import (
	"fmt"
	"os"
	"strconv"
	"time"
)

func main() {
	n, _ := strconv.Atoi(os.Args[1])
	block := make(chan int)
	started := make(chan bool, n+1)
	t0 := time.Now()
	for i := 0; i < n; i++ {
		go func() {
			started <- true
			<-block
		}()
	}
	for i := 0; i < n; i++ {
		<-started
	}
	d := time.Since(t0)
	if n > 0 {
		fmt.Printf("%d blocked goroutines: %.0f ns/goroutine\n", n, float64(d.Nanoseconds())/float64(n))
	} else {
		fmt.Println("baseline")
	}
	time.Sleep(2 * time.Second)
}
