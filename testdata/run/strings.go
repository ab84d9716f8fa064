// Strings: length in bytes, indexing, slicing, comparison, concatenation, range by rune.
package main

import "fmt"

func reverse(s string) string {
	b := []byte(s)
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return string(b)
}

func count(s string, c byte) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			n++
		}
	}
	return n
}

func main() {
	s := "hello, world"
	fmt.Println(len(s), s[0], s[7:], s[:5], s[3:8])
	fmt.Println(reverse(s), count(s, 'o'))
	t := "héllo, 世界"
	fmt.Println(len(t))
	for i, r := range t {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()
	fmt.Println("a" < "b", "abc" < "abd", "ab" < "abc", "" < "a", "x" == "x", "Z" > "a")
	u := ""
	for i := 0; i < 5; i++ {
		u += string(rune('a' + i))
	}
	fmt.Println(u, u+u, len(u+u))
	var empty string
	fmt.Println(empty == "", len(empty))
	fmt.Printf("%q %v %s|\n", s[:5], t[:2], "tab\there")
	raw := `raw\nstring`
	fmt.Println(raw, len(raw))
	b := []byte("bytes")
	b[0] = 'B'
	fmt.Println(string(b), b)
}
