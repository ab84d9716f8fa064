// Labelled break and continue, goto loops, and switch fallthrough.
package main

import "fmt"

func findPair(grid [][]int, target int) (int, int, bool) {
	for i, row := range grid {
		for j, v := range row {
			if v == target {
				return i, j, true
			}
		}
	}
	return -1, -1, false
}

func main() {
	grid := [][]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
outer:
	for i, row := range grid {
		for j, v := range row {
			if v%2 == 0 {
				continue outer
			}
			if v > 6 {
				fmt.Println("break at", i, j)
				break outer
			}
			fmt.Println("visit", i, j, v)
		}
	}
	fmt.Println(findPair(grid, 8))

	i := 0
loop:
	if i < 5 {
		fmt.Print(i, " ")
		i++
		goto loop
	}
	fmt.Println()

	n := 27
	steps := 0
collatz:
	if n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
		goto collatz
	}
	fmt.Println("collatz steps", steps)

	for _, grade := range []int{95, 85, 75, 65, 55} {
		fmt.Print(grade, ": ")
		switch {
		case grade >= 90:
			fmt.Print("A ")
			fallthrough
		case grade >= 80:
			fmt.Print("B+ ")
			fallthrough
		case grade >= 70:
			fmt.Print("pass")
		case grade >= 60:
			fmt.Print("retry")
		default:
			fmt.Print("fail")
		}
		fmt.Println()
	}

	count := 0
search:
	for a := 1; a < 30; a++ {
		for b := a; b < 30; b++ {
			for c := b; c < 30; c++ {
				if a*a+b*b == c*c {
					fmt.Printf("(%d,%d,%d) ", a, b, c)
					count++
					if count == 6 {
						break search
					}
					continue search
				}
			}
		}
	}
	fmt.Println()

	x := 3
	switch x {
	case 3:
		fmt.Println("three")
		if x > 2 {
			break
		}
		fmt.Println("not printed")
	case 4:
		fmt.Println("four")
	}
	goto end
end:
	fmt.Println("done")
}
