// go and defer of an interface method call: the receiver is copied to a temporary
// the wrapper captures.
package main

type M interface{ M() }

type T struct{ p *int }

func (t T) V()  {} // ERROR "t does not escape$"
func (t *T) P() {} // ERROR "t does not escape$"

func f1(m M) { // ERROR "leaking param: m$"
	defer m.M()
}

func f2(m M) { // ERROR "leaking param: m$"
	go m.M()
}

func f3(t *T) { // ERROR "t does not escape$"
	defer t.P()
}

func f4(t T) { // ERROR "t does not escape$"
	defer t.V()
}

func f5(m M, x *int) { // ERROR "leaking param: m$" "x does not escape$"
	defer func(y *int) { m.M() }(x) // ERROR "func literal does not escape$" "y does not escape$"
}

func main() {}
