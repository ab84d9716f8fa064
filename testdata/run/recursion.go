// Recursion: fib, Ackermann, Towers of Hanoi, mutual recursion, deep recursion.
package main

import "fmt"

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func ack(m, n int) int {
	if m == 0 {
		return n + 1
	}
	if n == 0 {
		return ack(m-1, 1)
	}
	return ack(m-1, ack(m, n-1))
}

var moves int

func hanoi(n int, from, to, via string) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to)
	moves++
	if n == 4 {
		fmt.Println("move disk 4 from", from, "to", to)
	}
	hanoi(n-1, via, to, from)
}

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func depth(n int) int {
	var pad [16]int
	pad[n%16] = n
	if n == 0 {
		return 0
	}
	return 1 + depth(n-1) + pad[n%16] - n
}

func main() {
	fmt.Println(fib(25), ack(2, 3), ack(3, 3))
	hanoi(6, "A", "C", "B")
	fmt.Println("moves:", moves)
	fmt.Println(isEven(100), isOdd(7), isEven(7))
	fmt.Println("depth:", depth(10000))
}
