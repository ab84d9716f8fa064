package main

// Self-assignments gc ignores, and index assignments with conversions.

type buf struct {
	data []byte
	ifs  []interface{}
}

func (b *buf) trim() { // ERROR "b does not escape$"
	b.data = b.data[1:] // ERROR "\(\*buf\).trim ignoring self-assignment in b.data = b.data\[1:\]$"
}

func (b *buf) set(i int, v int) { // ERROR "b does not escape$"
	b.ifs[i] = v // ERROR "v escapes to heap$"
}

func main() {
	b := &buf{data: []byte("abc"), ifs: make([]interface{}, 2)} // ERROR "&buf{...} does not escape$" "\(\[\]byte\)\(.abc.\) does not escape$" "make\(\[\]interface {}, 2\) does not escape$"
	b.trim()
	b.set(1, 5)
	println(len(b.data))
}
