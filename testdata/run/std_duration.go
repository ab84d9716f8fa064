// time.Duration: constants, arithmetic, String in all its forms, and the
// conversion methods.
package main

import (
	"fmt"
	"time"
)

type lap struct {
	name string
	d    time.Duration
}

func main() {
	ds := []time.Duration{
		0, 1, 999, time.Microsecond, 1500 * time.Nanosecond, time.Millisecond,
		150 * time.Millisecond, 1234567 * time.Nanosecond, time.Second, 1500 * time.Millisecond,
		2 * time.Minute, 90 * time.Second, time.Hour, 36*time.Hour + 5*time.Minute + 3*time.Second,
		-5 * time.Second, -1, 1<<63 - 1, -1 << 63, 100 * time.Hour, 61*time.Minute + 500*time.Millisecond,
	}
	for _, d := range ds {
		fmt.Printf("%-22s %d\n", d.String(), int64(d))
	}
	d := 2*time.Hour + 30*time.Minute + 45*time.Second + 250*time.Millisecond
	fmt.Println(d, d.Seconds(), d.Milliseconds(), d.Microseconds(), d.Nanoseconds())
	fmt.Printf("%v %s %d %.1f\n", d, d, d, d.Seconds())
	fmt.Println(time.Duration(1500)*time.Microsecond, time.Second/3, time.Minute*3/2)
	laps := []lap{{"warmup", 95 * time.Second}, {"sprint", 42*time.Second + 300*time.Millisecond}, {"cooldown", 5 * time.Minute}}
	var total time.Duration
	for _, l := range laps {
		total += l.d
		fmt.Printf("%-9s %8v\n", l.name, l.d)
	}
	fmt.Println("total", total, total > 6*time.Minute, total/time.Duration(len(laps)))
	fmt.Println(time.Nanosecond, time.Microsecond, time.Millisecond, time.Second, time.Minute, time.Hour)
	var s fmt.Stringer = 3 * time.Millisecond
	fmt.Println(s.String(), s)
	start := time.Now()
	elapsed := time.Since(start)
	fmt.Println(elapsed >= 0, elapsed < time.Minute, time.Now().Sub(start) >= 0)
}
