// A function or method declared without a body cannot be built (gc's
// -complete check; gofront -m still accepts it, as go's escape tests do).
package main

type T int

func f(int) // ERROR "missing function body$"

func (T) m(int) // ERROR "missing function body$"

func main() {
	f(1)
}
