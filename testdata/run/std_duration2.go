// time.Duration's rounding and unit conversions, and durations in structs
// printed through their String method.
package main

import (
	"fmt"
	"time"
)

type Job struct {
	Name    string
	Timeout time.Duration
}

func main() {
	d := 1*time.Hour + 15*time.Minute + 30*time.Second + 918273645*time.Nanosecond
	for _, m := range []time.Duration{0, time.Nanosecond, time.Microsecond, time.Millisecond, time.Second, 2 * time.Second, time.Minute, 15 * time.Minute, time.Hour} {
		fmt.Printf("%-8v truncate %-18v round %v\n", m, d.Truncate(m), d.Round(m))
	}
	neg := -d
	fmt.Println(neg.Round(time.Second), neg.Truncate(time.Minute), neg.Abs(), time.Duration(-1<<63).Abs())
	fmt.Println(d.Hours(), d.Minutes(), d.Seconds(), (90 * time.Minute).Hours(), (45 * time.Second).Minutes())
	fmt.Printf("%.2f hours, %.1f minutes\n", d.Hours(), d.Minutes())
	big := time.Duration(1<<63 - 1)
	fmt.Println(big.Round(time.Hour), big.Truncate(time.Hour))
	jobs := []Job{{"backup", 2 * time.Hour}, {"ping", 1500 * time.Millisecond}, {"noop", 0}}
	fmt.Println(jobs)
	fmt.Printf("%+v\n", jobs[0])
	var total time.Duration
	for _, j := range jobs {
		total += j.Timeout
	}
	fmt.Println(total, total.Round(time.Minute), total/time.Duration(len(jobs)))
}
