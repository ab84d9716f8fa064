// errorcheck -0 -m -l

// string <-> []byte and []rune conversions allocate unless the result stays local.
package main

var gb []byte
var gstr string

func s2bLocal(s string) int { // ERROR "s does not escape$"
	b := []byte(s) // ERROR "\(\[\]byte\)\(s\) does not escape$"
	return len(b)
}

func s2bEscapes(s string) { // ERROR "s does not escape$"
	gb = []byte(s) // ERROR "\(\[\]byte\)\(s\) escapes to heap$"
}

func b2sEscapes(b []byte) string { // ERROR "b does not escape$"
	return string(b) // ERROR "string\(b\) escapes to heap$"
}

func b2sLocal(b []byte) bool { // ERROR "b does not escape$"
	return string(b) == "go" // ERROR "string\(b\) does not escape$"
}

func s2rLocal(s string) int { // ERROR "s does not escape$"
	return len([]rune(s)) // ERROR "\(\[\]rune\)\(s\) does not escape$"
}

func r2s(r rune) string {
	return string(r) // ERROR "string\(r\) escapes to heap$"
}

func runes2s(rs []rune) { // ERROR "rs does not escape$"
	gstr = string(rs) // ERROR "string\(rs\) escapes to heap$"
}

func main() {
	s2bEscapes("hi")
	runes2s([]rune{'a', 'b'}) // ERROR "\[\]rune{...} does not escape$"
	println(s2bLocal("hello"), len(gb), b2sEscapes([]byte("xyz")), b2sLocal([]byte("go"))) // ERROR "\(\[\]byte\)\(.go.\) does not escape$" "\(\[\]byte\)\(.xyz.\) does not escape$"
	println(s2rLocal("héllo"), r2s('é'), gstr)
}
