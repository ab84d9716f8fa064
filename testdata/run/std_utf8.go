// unicode/utf8 and unicode: a rune walker over mixed scripts and bad bytes.
package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func classify(r rune) string {
	switch {
	case unicode.IsUpper(r):
		return "upper"
	case unicode.IsLower(r):
		return "lower"
	case unicode.IsDigit(r):
		return "digit"
	case unicode.IsSpace(r):
		return "space"
	case unicode.IsPunct(r):
		return "punct"
	case unicode.IsLetter(r):
		return "letter"
	}
	return "other"
}

func main() {
	s := "Héllo, Wörld! 123 ½ ñ ß Σ 世界 \t€"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.ValidString(s))
	for i, r := range s {
		fmt.Printf("%2d %q %U len=%d %s\n", i, r, r, utf8.RuneLen(r), classify(r))
	}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		fmt.Print(string(r), size, " ")
		i += size
	}
	fmt.Println()
	last, size := utf8.DecodeLastRuneInString(s)
	fmt.Println(string(last), size)

	bad := "a\xffb\xc3\x28c\xe2\x82"
	fmt.Println(utf8.ValidString(bad), utf8.RuneCountInString(bad))
	for i, r := range bad {
		fmt.Print(i, ":", r == utf8.RuneError, " ")
	}
	fmt.Println()
	r, n := utf8.DecodeRuneInString("")
	fmt.Println(r, n, utf8.RuneError, utf8.UTFMax, utf8.RuneSelf)

	buf := make([]byte, 0, 16)
	for _, r := range []rune{'A', 'é', '世', '🎉', -1, 0xD800} {
		var tmp [4]byte
		n := utf8.EncodeRune(tmp[:], r)
		buf = append(buf, tmp[:n]...)
		fmt.Println(r, n, tmp[:n], utf8.RuneLen(r), utf8.ValidRune(r))
	}
	fmt.Println(string(buf), utf8.Valid(buf), utf8.RuneCount(buf))
	buf = utf8.AppendRune(buf[:0], 'Ж')
	fmt.Println(buf, utf8.FullRuneInString("\xe4\xb8"), utf8.FullRuneInString("世"))

	word := "straße ÀÉÎ ÿ"
	up, low := []rune{}, []rune{}
	for _, r := range word {
		up = append(up, unicode.ToUpper(r))
		low = append(low, unicode.ToLower(r))
	}
	fmt.Println(string(up), string(low))
	fmt.Println(unicode.IsLetter('ª'), unicode.IsLower('ª'), unicode.IsNumber('½'), unicode.IsDigit('½'), unicode.IsSpace(0x85), unicode.IsSpace(0xA0))
	fmt.Println(unicode.IsPrint(' '), unicode.IsPrint(0xA0), unicode.IsGraphic(0xA0), unicode.IsControl('\n'), unicode.IsSymbol('+'), unicode.IsPunct('+'))
	fmt.Println(unicode.MaxRune, unicode.ReplacementChar, unicode.MaxASCII, unicode.MaxLatin1)

	// reverse by runes
	rs := []rune("Hello, 世界!")
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
	}
	fmt.Println(string(rs))
}
