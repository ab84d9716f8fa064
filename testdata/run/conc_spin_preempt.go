// Loops that wait for another goroutine by spinning on a runtime call (an
// atomic, a select with a default case, runtime.NumGoroutine, time.Since,
// runtime.GC) must let that goroutine run, as gc's preemption does.
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
	"time"
)

func main() {
	var flag int32
	go func() { atomic.StoreInt32(&flag, 1) }()
	for atomic.LoadInt32(&flag) == 0 {
	}
	fmt.Println("atomic: seen")

	c := make(chan int)
	go func() { c <- 42 }()
	polls := 0
	for done := false; !done; {
		select {
		case v := <-c:
			fmt.Println("select: got", v)
			done = true
		default:
			polls++
		}
	}

	n := runtime.NumGoroutine()
	for i := 0; i < 3; i++ {
		go func() {
			x := 0
			for j := 0; j < 1000; j++ {
				x += j
			}
			_ = x
		}()
	}
	for runtime.NumGoroutine() > n {
	}
	fmt.Println("NumGoroutine: the three finished")

	var ticks int64
	go func() {
		for i := 0; i < 3; i++ {
			time.Sleep(time.Millisecond)
			atomic.AddInt64(&ticks, 1)
		}
	}()
	t0 := time.Now()
	for time.Since(t0) < 200*time.Millisecond && atomic.LoadInt64(&ticks) < 3 {
	}
	fmt.Println("time.Since: ticks", atomic.LoadInt64(&ticks))

	var counted int64
	go func() {
		for {
			runtime.GC()
		}
	}()
	go func() { atomic.AddInt64(&counted, 1) }()
	for atomic.LoadInt64(&counted) == 0 {
		runtime.Gosched()
	}
	fmt.Println("runtime.GC loop: others ran")
}
