// Lexical errors: stray characters, bad literals, unterminated strings and runes.
package main

func main() {
	a := 1 @ 2 // ERROR "invalid character U\+0040 '@'$" "syntax error: unexpected literal 2 at end of statement$"
	b := 0x // ERROR "hexadecimal literal has no digits$"
	c := 'ab' // ERROR "more than one character in rune literal$"
	d := 1e // ERROR "exponent has no digits$"
	e := 09 // ERROR "invalid digit '9' in octal literal$"
	f := "unterminated // ERROR `newline in string`
	_, _, _, _, _, _ = a, b, c, d, e, f
}
