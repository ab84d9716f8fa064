package main

import (
	"fmt"
	"time"
)

func elapsed() time.Duration {
	start := time.Now()
	n := 0
	for i := 0; i < 1000; i++ {
		n += i
	}
	_ = n
	return time.Since(start)
}

func main() {
	d := elapsed()
	fmt.Println(d >= 0) // ERROR "... argument does not escape$" "d >= 0 escapes to heap$"
}
