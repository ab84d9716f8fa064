// Ciphers over runes: Caesar, Vigenère, Atbash, and run-length encoding,
// with round trips and unicode passing through untouched.
package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

func shift(r rune, k int) rune {
	switch {
	case unicode.IsUpper(r) && r <= 'Z':
		return 'A' + (r-'A'+rune(k)+26)%26
	case unicode.IsLower(r) && r <= 'z':
		return 'a' + (r-'a'+rune(k)+26)%26
	}
	return r
}

func caesar(s string, k int) string {
	return strings.Map(func(r rune) rune { return shift(r, k) }, s)
}

func vigenere(s, key string, dir int) string {
	var b strings.Builder
	i := 0
	for _, r := range s {
		if unicode.IsLetter(r) && r < 128 {
			k := int(unicode.ToLower(rune(key[i%len(key)])) - 'a')
			r = shift(r, dir*k)
			i++
		}
		b.WriteRune(r)
	}
	return b.String()
}

func atbash(s string) string {
	rs := []rune(s)
	for i, r := range rs {
		if r >= 'a' && r <= 'z' {
			rs[i] = 'z' - (r - 'a')
		} else if r >= 'A' && r <= 'Z' {
			rs[i] = 'Z' - (r - 'A')
		}
	}
	return string(rs)
}

func rle(s string) string {
	var b strings.Builder
	rs := []rune(s)
	for i := 0; i < len(rs); {
		j := i
		for j < len(rs) && rs[j] == rs[i] {
			j++
		}
		if j-i > 1 {
			b.WriteString(strconv.Itoa(j - i))
		}
		b.WriteRune(rs[i])
		i = j
	}
	return b.String()
}

func unrle(s string) string {
	var b strings.Builder
	n := 0
	for _, r := range s {
		if unicode.IsDigit(r) {
			n = n*10 + int(r-'0')
			continue
		}
		if n == 0 {
			n = 1
		}
		b.WriteString(strings.Repeat(string(r), n))
		n = 0
	}
	return b.String()
}

func main() {
	msg := "Attack at Dawn! Über café, 12:00."
	for _, k := range []int{1, 3, 13, 25} {
		enc := caesar(msg, k)
		fmt.Printf("%2d %s | %s\n", k, enc, caesar(enc, -k))
	}
	v := vigenere(msg, "Lemon", 1)
	fmt.Println(v, "|", vigenere(v, "Lemon", -1))
	fmt.Println(atbash("Hello, World"), atbash(atbash("Hello, World")))
	for _, s := range []string{"WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "aabcccd", "ééé世世x", ""} {
		e := rle(s)
		fmt.Printf("%q -> %q ok=%v\n", s, e, unrle(e) == s)
	}
	freq := make([]int, 26)
	for _, r := range strings.ToLower(caesar("the quick brown fox jumps over the lazy dog", 7)) {
		if r >= 'a' && r <= 'z' {
			freq[r-'a']++
		}
	}
	best := 0
	for i, f := range freq {
		if f > freq[best] {
			best = i
		}
	}
	fmt.Println(freq, string(rune('a'+best)))
}
