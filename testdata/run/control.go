// Control flow: for forms, if/else chains, switch with fallthrough and no condition,
// labeled break and continue, goto.
package main

import "fmt"

func classify(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n%2 == 0:
		return "even"
	default:
		return "odd"
	}
}

func grade(score int) string {
	switch score / 10 {
	case 10, 9:
		return "A"
	case 8:
		return "B"
	case 7:
		return "C"
	}
	return "F"
}

func falls(n int) []string {
	var out []string
	switch n {
	case 1:
		out = append(out, "one")
		fallthrough
	case 2:
		out = append(out, "two")
		fallthrough
	case 3:
		out = append(out, "three")
	case 4:
		out = append(out, "four")
	default:
		out = append(out, "many")
	}
	return out
}

func main() {
	for _, n := range []int{-3, 0, 4, 7} {
		fmt.Print(classify(n), " ")
	}
	fmt.Println()
	fmt.Println(grade(95), grade(100), grade(81), grade(70), grade(12))
	fmt.Println(falls(1), falls(2), falls(3), falls(4), falls(9))

	i := 0
	for i < 5 {
		i += 2
	}
	fmt.Println("while:", i)
	n := 0
	for {
		n++
		if n > 6 {
			break
		}
		if n%2 == 0 {
			continue
		}
		fmt.Print(n, " ")
	}
	fmt.Println()

outer:
	for a := 0; a < 4; a++ {
		for b := 0; b < 4; b++ {
			if b == 2 {
				continue outer
			}
			if a == 3 {
				break outer
			}
			fmt.Print(a, b, " ")
		}
	}
	fmt.Println()

	k := 0
loop:
	if k < 5 {
		k++
		goto loop
	}
	fmt.Println("goto:", k)

	if x := 10; x > 5 {
		fmt.Println("x big", x)
	} else if x > 2 {
		fmt.Println("x medium")
	} else {
		fmt.Println("x small")
	}
	switch y := 3; y {
	case 1, 2:
		fmt.Println("low")
	case 3:
		fmt.Println("three")
		if y == 3 {
			break
		}
		fmt.Println("not reached")
	}
	sum := 0
	for i, v := range [5]int{5, 4, 3, 2, 1} {
		sum += i * v
	}
	fmt.Println("sum:", sum)
	for range []int{1, 2} {
		fmt.Print("r ")
	}
	fmt.Println()
}
