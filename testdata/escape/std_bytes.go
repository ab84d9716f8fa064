package main

import (
	"bytes"
	"fmt"
)

func join(parts []string) string { // ERROR "parts does not escape$"
	var buf bytes.Buffer
	for _, p := range parts {
		buf.WriteString(p)
		buf.WriteByte(',')
	}
	return buf.String()
}

func size() int {
	var buf bytes.Buffer
	buf.Write([]byte("abc")) // ERROR "\(\[\]byte\)\(.abc.\) does not escape$"
	return buf.Len()
}

func raw(buf *bytes.Buffer) []byte { // ERROR "leaking param: buf to result ~r0 level=1$"
	return buf.Bytes()
}

func main() {
	var b bytes.Buffer
	b.WriteString("x")
	fmt.Println(join([]string{"a", "b"}), size(), len(raw(&b))) // ERROR "... argument does not escape$" "\[\]string{...} does not escape$" "join\(\[\]string{...}\) escapes to heap$" "len\(raw\(&b\)\) escapes to heap$" "size\(\) escapes to heap$"
}
