// sched_check.go: the Go twin of sched_check.c (goroutines, channels,
// select, sync, time.Sleep, deadlock).  One case per argument.
package main

import (
	"fmt"
	"os"
	"runtime"
	"sync"
	"time"
)

func generate(ch chan<- int) {
	for i := 2; ; i++ {
		ch <- i
	}
}

func filter(in <-chan int, out chan<- int, prime int) {
	for {
		i := <-in
		if i%prime != 0 {
			out <- i
		}
	}
}

func basic() {
	// unbuffered ping-pong
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v * 2
		}
		close(pong)
	}()
	sum := 0
	for i := 0; i < 1000; i++ {
		ping <- i
		sum += <-pong
	}
	close(ping)
	v, ok := <-pong
	fmt.Println("pingpong", sum, v, ok)

	// buffered: len, cap, close, drain
	b := make(chan int, 3)
	b <- 1
	b <- 2
	fmt.Println("buffered", len(b), cap(b))
	close(b)
	for v := range b {
		fmt.Println("drain", v)
	}
	v, ok = <-b
	fmt.Println("closed", v, ok, len(b), cap(b))
	var nilch chan int
	fmt.Println("nil", len(nilch), cap(nilch))

	// the prime sieve
	ch := make(chan int)
	go generate(ch)
	for i := 0; i < 10; i++ {
		prime := <-ch
		fmt.Println("prime", prime)
		ch1 := make(chan int)
		go filter(ch, ch1, prime)
		ch = ch1
	}

	// select: default, ready cases, blocking
	c1, c2 := make(chan int, 1), make(chan string, 1)
	select {
	case v := <-c1:
		fmt.Println("unexpected", v)
	default:
		fmt.Println("default")
	}
	c1 <- 7
	select {
	case v := <-c1:
		fmt.Println("c1", v)
	case s := <-c2:
		fmt.Println("c2", s)
	}
	go func() { c2 <- "hi" }()
	select {
	case v := <-c1:
		fmt.Println("c1", v)
	case s := <-c2:
		fmt.Println("c2", s)
	}
	counts := [2]int{}
	a, bb := make(chan int, 1000), make(chan int, 1000)
	for i := 0; i < 1000; i++ {
		a <- i
		bb <- i
	}
	for i := 0; i < 1000; i++ {
		select {
		case <-a:
			counts[0]++
		case <-bb:
			counts[1]++
		}
	}
	fmt.Println("fair", counts[0] > 400, counts[1] > 400, counts[0]+counts[1])

	// sync
	var wg sync.WaitGroup
	var mu sync.Mutex
	n := 0
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			for j := 0; j < 100; j++ {
				mu.Lock()
				n++
				if j%10 == 0 {
					runtime.Gosched()
				}
				mu.Unlock()
			}
			wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println("mutex", n)
	var rw sync.RWMutex
	shared := 0
	for i := 0; i < 10; i++ {
		wg.Add(2)
		go func() {
			rw.Lock()
			shared++
			runtime.Gosched()
			rw.Unlock()
			wg.Done()
		}()
		go func() {
			rw.RLock()
			_ = shared
			runtime.Gosched()
			rw.RUnlock()
			wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println("rwmutex", shared)
	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once") })
	}

	// time.Sleep parks: shorter sleeps finish first
	done := make(chan int)
	for _, d := range []int{30, 10, 20} {
		d := d
		go func() {
			time.Sleep(time.Duration(d) * time.Millisecond)
			done <- d
		}()
	}
	fmt.Println("sleep", <-done, <-done, <-done)
	fmt.Println("goroutines", runtime.NumGoroutine() > 10, runtime.GOMAXPROCS(0) > 0)
}

func main() {
	switch os.Args[1] {
	case "basic":
		basic()
	case "deadlock":
		ch := make(chan int)
		fmt.Println("before")
		<-ch
	case "sendclosed":
		ch := make(chan int, 1)
		close(ch)
		ch <- 1
	case "closeclosed":
		ch := make(chan int)
		close(ch)
		close(ch)
	case "closenil":
		var ch chan int
		close(ch)
	case "nilrecv":
		var ch chan int
		<-ch
	case "selectnone":
		select {}
	case "wgdeadlock":
		var wg sync.WaitGroup
		wg.Add(1)
		wg.Wait()
	}
}
