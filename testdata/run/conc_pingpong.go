// Ping-pong over two unbuffered channels.
package main

import "fmt"

type ball struct{ hits int }

func player(name string, table chan *ball, done chan bool) {
	for {
		b, ok := <-table
		if !ok {
			done <- true
			return
		}
		b.hits++
		table <- b
	}
}

func main() {
	table := make(chan *ball)
	done := make(chan bool)
	go player("ping", table, done)
	go player("pong", table, done)
	table <- new(ball)
	for {
		b := <-table
		if b.hits >= 500000 {
			fmt.Println("final", b.hits >= 500000)
			break
		}
		table <- b
	}
	close(table)
	<-done
	<-done
}
