// errorcheck -0 -m -l

// leaking param content: what the parameter points to reaches the heap, not the parameter.
package main

type holder struct {
	p *int
}

var gp *int

func content(pp **int) { // ERROR "leaking param content: pp$"
	gp = *pp
}

func fromStruct(h *holder) { // ERROR "leaking param content: h$"
	gp = h.p
}

func fromSlice(s []*int) { // ERROR "leaking param content: s$"
	gp = s[0]
}

func both(pp **int) **int { // ERROR "leaking param content: pp$" "leaking param: pp to result ~r0 level=0$"
	gp = *pp
	return pp
}

func main() {
	x := 1 // ERROR "moved to heap: x$"
	p := &x
	content(&p)
	fromStruct(&holder{&x}) // ERROR "&holder{...} does not escape$"
	fromSlice([]*int{&x}) // ERROR "\[\]\*int{...} does not escape$"
	println(**both(&p), *gp)
}
