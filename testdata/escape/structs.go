// errorcheck -0 -m -l

// Structs are field-insensitive: a pointer stored in any field makes the whole
// struct carry it, and level counts the dereferences on the way to a result.
package main

type inner struct {
	p *int
}

type outer struct {
	in  inner
	ptr *inner
	n   int
}

func getIn(o *outer) *int { // ERROR "leaking param: o to result ~r0 level=1$"
	return o.in.p
}

func getPtr(o *outer) *int { // ERROR "leaking param: o to result ~r0 level=2$"
	return o.ptr.p
}

func byValue(o outer) *int { // ERROR "leaking param: o to result ~r0 level=0$"
	return o.in.p
}

func mixed(p *int) int { // ERROR "p does not escape$"
	var o outer
	o.in.p = p
	return o.n
}

func retStruct(p *int) inner { // ERROR "leaking param: p to result ~r0 level=0$"
	var i inner
	i.p = p
	return i
}

func main() {
	x := 1
	in := inner{&x}
	o := outer{in: in, ptr: &in, n: 2}
	println(*getIn(&o), *getPtr(&o), *byValue(o), mixed(&x), *retStruct(&x).p)
}
