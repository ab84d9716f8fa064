// Runes and bytes: []rune, string(rune), invalid UTF-8, byte arithmetic.
package main

import "fmt"

func main() {
	s := "aé世🙂"
	rs := []rune(s)
	fmt.Println(len(s), len(rs))
	for _, r := range rs {
		fmt.Printf("%c %d %U\n", r, r, r)
	}
	fmt.Println(string(rs[1:3]))
	bad := string([]byte{0x61, 0xff, 0x62})
	for i, r := range bad {
		fmt.Println(i, r)
	}
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)) == "\uFFFD")
	var by byte = 'z'
	by -= 25
	fmt.Println(by, string(rune(by)))
	up := []byte("shout")
	for i := range up {
		up[i] -= 'a' - 'A'
	}
	fmt.Println(string(up))
	fmt.Println([]byte("é"), []rune("é"))
}
