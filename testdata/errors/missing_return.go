// A function with results must end in a terminating statement.
package main

func sign(x int) int {
	if x > 0 {
		return 1
	} else if x < 0 {
		return -1
	}
} // ERROR "missing return$"

func loop(x int) int {
	for x > 0 {
		return x
	}
} // ERROR "missing return$"

func fine(x int) int {
	for {
	}
}

func main() {
	_ = sign(1) + loop(2) + fine(3)
}
