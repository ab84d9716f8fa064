// switch on strings and runes, cases with lists, break out of a switch inside a loop.
package main

import "fmt"

func kind(r rune) string {
	switch {
	case r >= '0' && r <= '9':
		return "digit"
	case r == ' ' || r == '\t':
		return "space"
	}
	switch r {
	case 'a', 'e', 'i', 'o', 'u':
		return "vowel"
	case '+', '-', '*', '/':
		return "op"
	default:
		return "other"
	}
}

func cmd(s string) int {
	switch s {
	case "add", "plus":
		return 1
	case "sub":
		return 2
	case "":
		return 0
	}
	return -1
}

func main() {
	for _, r := range "a1 +x" {
		fmt.Print(kind(r), " ")
	}
	fmt.Println()
	fmt.Println(cmd("add"), cmd("plus"), cmd("sub"), cmd(""), cmd("mul"))
	n := 0
loop:
	for i := 0; ; i++ {
		switch {
		case i%2 == 0:
			continue
		case i > 7:
			break loop
		default:
			n += i
			if i == 5 {
				break
			}
			n += 100
		}
	}
	fmt.Println(n)
	switch x := 3; x {
	case 1:
	case 3:
		fmt.Println("three")
		fallthrough
	default:
		fmt.Println("default after fallthrough")
	}
}
