// import "unsafe" is outside the subset (it compiles with go).
package main

import "unsafe" // ERROR "not supported"

func main() {
	var x int
	println(unsafe.Sizeof(x))
}
