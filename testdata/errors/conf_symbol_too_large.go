// A package-level variable over 2 GB cannot be linked (gc's limit).
package main

var a [1 << 40]byte // ERROR "main.a: symbol too large \(1099511627776 bytes > 2000000000 bytes\)$"

func main() { a[0] = 1 }
