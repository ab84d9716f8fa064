// A deferred call panics while a panic runs: Go prints both, the first on
// the first line.
package main

func main() {
	defer func() { panic("b") }()
	panic("a")
}
