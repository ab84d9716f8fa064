// A comment that is never closed.
package main

func main() {
}

/* unterminated // ERROR "comment not terminated$"
