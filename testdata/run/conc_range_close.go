// for-range over a channel ends when it is closed; comma-ok reports it.
package main

import "fmt"

type point struct{ x, y int }

func main() {
	pts := make(chan point)
	go func() {
		for i := 0; i < 5; i++ {
			pts <- point{i, i * i}
		}
		close(pts)
	}()
	for p := range pts {
		fmt.Println(p.x, p.y)
	}
	p, ok := <-pts
	fmt.Println(p, ok)
	words := make(chan string, 1)
	words <- "last"
	close(words)
	w, ok := <-words
	fmt.Println(w, ok)
	w, ok = <-words
	fmt.Printf("%q %v\n", w, ok)
}
