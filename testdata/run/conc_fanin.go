// Fan-in: two producers merged by a select loop until both are closed.
package main

import "fmt"

func produce(name string, n int) <-chan string {
	c := make(chan string)
	go func() {
		for i := 0; i < n; i++ {
			c <- fmt.Sprintf("%s%d", name, i)
		}
		close(c)
	}()
	return c
}

func main() {
	a, b := produce("a", 5), produce("b", 7)
	na, nb := 0, 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			_ = v
			na++
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			_ = v
			nb++
		}
	}
	fmt.Println("from a:", na, "from b:", nb)
}
