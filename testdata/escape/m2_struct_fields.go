package main

// Field paths: leaking param content and dot of pointer.

type inner struct{ p *int }
type outer struct {
	in  inner
	ptr *inner
}

var sink *int

func viaValue(o outer) { // ERROR "leaking param: o$"
	sink = o.in.p
}

func viaPtr(o *outer) { // ERROR "leaking param content: o$"
	sink = o.ptr.p
}

func addrField(o *outer) *inner { // ERROR "leaking param: o to result ~r0 level=0$"
	return &o.in
}

func main() {
	x := 1 // ERROR "moved to heap: x$"
	o := outer{in: inner{&x}, ptr: &inner{&x}} // ERROR "&inner{...} escapes to heap$"
	viaValue(o)
	viaPtr(&o)
	println(*addrField(&o).p)
}
