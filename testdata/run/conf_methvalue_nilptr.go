// conf_methvalue_nilptr: p.M with a nil pointer p is a valid method value
// when M has a pointer receiver; only a value receiver (copied at once)
// panics (go1.19 test/method5.go).
package main

import "fmt"

type P int

func (p *P) M() string { return "pointer receiver" }

type V int

func (v V) M() string { return "value receiver" }

func main() {
	var p *P
	f := p.M
	fmt.Println(f())
	defer func() { fmt.Println("recovered:", recover()) }()
	var v *V
	g := v.M
	fmt.Println("not reached", g)
}
