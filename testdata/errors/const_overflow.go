// Constants that do not fit their type, and constant division by zero.
package main

const big = 1 << 70

func main() {
	var a int8 = 200 // ERROR "cannot use 200 \(untyped int constant\) as int8 value in variable declaration \(overflows\)$"
	var b uint = -1 // ERROR "cannot use -1 \(untyped int constant\) as uint value in variable declaration \(overflows\)$"
	c := big // ERROR "cannot use big \(untyped int constant 1180591620717411303424\) as int value in assignment \(overflows\)$"
	var d int64 = big // ERROR "cannot use big \(untyped int constant 1180591620717411303424\) as int64 value in variable declaration \(overflows\)$"
	e := 10 / 0 // ERROR "invalid operation: division by zero$"
	var f byte = 'é'
	_, _, _, _, _, _ = a, b, c, d, e, f
}
