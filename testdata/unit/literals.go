// dump: tokens
// Literal forms: numbers in every base, with separators, floats (also hex
// floats), imaginary literals, runes and their escapes, raw and interpreted
// strings (a raw string may span lines and keeps its text).
package p

const (
	a = 42
	b = 0x2A + 0X2a + 0o52 + 0O52 + 052 + 0b101010 + 0B1
	c = 1_000_000 + 0x_FF + 0b_1
	d = 1.5 + .5 + 1. + 1e3 + 1E-3 + 2.5e+10 + 0x1p-2 + 0X1.8P3
	e = 1i + 2.5i + 0x10i
	f = 'a' + '\n' + '\'' + '\\' + '\x41' + '\101' + '\u00e9' + '\U0001F600' + 'é'
	g = "tab\there\"quote\" \u00e9 \xff"
	h = `raw \n no escapes
second line`
)
