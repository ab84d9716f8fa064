// Buffered channels keep FIFO order; len and cap report the buffer.
package main

import "fmt"

func main() {
	ch := make(chan string, 4)
	fmt.Println(len(ch), cap(ch))
	for _, w := range []string{"a", "b", "c"} {
		ch <- w
	}
	fmt.Println(len(ch), cap(ch))
	fmt.Println(<-ch, <-ch)
	ch <- "d"
	ch <- "e"
	ch <- "f"
	fmt.Println(len(ch))
	close(ch)
	for w := range ch {
		fmt.Print(w, " ")
	}
	fmt.Println()
	v, ok := <-ch
	fmt.Printf("%q %v %d\n", v, ok, len(ch))
	// a full buffer blocks the sender until a receiver runs
	nums := make(chan int, 2)
	go func() {
		for i := 0; i < 10; i++ {
			nums <- i
		}
		close(nums)
	}()
	sum := 0
	for n := range nums {
		sum += n
	}
	fmt.Println(sum)
}
