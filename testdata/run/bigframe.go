// Big local frames: locals of 512 bytes and more are taken with alloca after
// the stack check, so a frame larger than the red zone cannot overflow the
// segment before the check runs (at -O0 gcc allocates the frame first).

package main

import "fmt"

type Big struct {
	a [60000]byte
	n int
}

func fill(k int) int {
	var a [60000]byte
	for i := range a {
		a[i] = byte(i + k)
	}
	s := 0
	for _, v := range a {
		s += int(v)
	}
	b := Big{n: k}
	b.a[5] = 7
	return s + b.n + int(b.a[5])
}

func rec(n int) int {
	if n == 0 {
		return 0
	}
	var a [5000]int
	a[n%5000] = n
	return rec(n-1) + a[n%5000]
}

func main() {
	fmt.Println(fill(3))
	done := make(chan int)
	go func() { done <- fill(4) + rec(300) }()
	fmt.Println(<-done)
}
