// errorcheck -0 -m -l

// Values over gc's size limits go to the heap even when nothing else would send them
// there: 10 MiB for variables, 64 KiB for new, &T{} and make.
package main

type huge [70000]byte

func bigVar() int {
	var a [10<<20 + 1]byte // ERROR "moved to heap: a$"
	a[5] = 1
	return int(a[5])
}

func bigNew() int {
	p := new(huge) // ERROR "new\(huge\) escapes to heap$"
	p[1] = 2
	return int(p[1])
}

func bigMake() int {
	s := make([]byte, 1<<17) // ERROR "make\(\[\]byte, 1 << 17\) escapes to heap$"
	return len(s)
}

func smallMake() int {
	s := make([]byte, 1<<10) // ERROR "make\(\[\]byte, 1 << 10\) does not escape$"
	return len(s)
}

func bigLit() int {
	p := &huge{} // ERROR "&huge{} escapes to heap$"
	return len(p)
}

func main() {
	println(bigVar(), bigNew(), bigMake(), smallMake(), bigLit())
}
