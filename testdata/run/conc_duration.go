// time.Duration values print as Go prints them.
package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{0, 1, 999, 1500, time.Millisecond, 20 * time.Millisecond,
		1500 * time.Millisecond, time.Minute + 30*time.Second, 2*time.Hour + 3*time.Minute, -5 * time.Second}
	for _, d := range ds {
		fmt.Println(d.String(), d.Nanoseconds(), d.Milliseconds())
	}
	fmt.Println((90 * time.Second).Seconds())
	t0 := time.Now()
	time.Sleep(5 * time.Millisecond)
	fmt.Println(time.Since(t0) >= 5*time.Millisecond, time.Now().Sub(t0) > 0, t0.UnixNano() > 0)
}
