// sched_bench.go: go1.19's side of sched_bench.c (bench.sh runs both).
package main

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
	"time"
)

func rss() int64 {
	b, _ := os.ReadFile("/proc/self/status")
	for _, l := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(l, "VmRSS:") {
			v, _ := strconv.ParseInt(strings.Fields(l)[1], 10, 64)
			return v * 1024
		}
	}
	return 0
}

func rec(n int64) int64 {
	var a [4]int64
	a[0] = n
	if n == 0 {
		return 0
	}
	return rec(n-1) + a[0] - n + 1
}

func main() {
	const N, M = 100000, 2000000
	block := make(chan int)
	started := make(chan bool, N)
	r0 := rss()
	t0 := time.Now()
	for i := 0; i < N; i++ {
		go func() { started <- true; <-block }()
	}
	for i := 0; i < N; i++ {
		<-started
	}
	d := time.Since(t0)
	fmt.Printf("100000 blocked goroutines: %.0f ns/goroutine, RSS %.0f B/goroutine\n",
		float64(d.Nanoseconds())/N, float64(rss()-r0)/N)
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v
		}
	}()
	t0 = time.Now()
	for i := 0; i < M; i++ {
		ping <- i
		<-pong
	}
	fmt.Printf("unbuffered channel round trip: %.1f ns\n", float64(time.Since(t0).Nanoseconds())/M)
	go func() {
		for {
			runtime.Gosched()
		}
	}()
	t0 = time.Now()
	for i := 0; i < M; i++ {
		runtime.Gosched()
	}
	fmt.Printf("runtime.Gosched switch: %.1f ns\n", float64(time.Since(t0).Nanoseconds())/M/2)
	for k := 0; k < 2; k++ {
		t0 = time.Now()
		rec(1000000)
		fmt.Printf("rec(1000000): %.1f ns/frame\n", float64(time.Since(t0).Nanoseconds())/1e6)
	}
}
