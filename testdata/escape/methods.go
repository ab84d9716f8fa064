// errorcheck -0 -m -l

// Receivers are parameters: pointer receivers are tagged like any pointer parameter.
package main

type vec struct{ x, y int }

type stack struct {
	items []int
}

var top *stack

func (v vec) Add(w vec) vec { return vec{v.x + w.x, v.y + w.y} }

func (v *vec) Scale(k int) { // ERROR "v does not escape$"
	v.x *= k
	v.y *= k
}

func (v *vec) Self() *vec { return v } // ERROR "leaking param: v to result ~r0 level=0$"

func (s *stack) Push(x int) { // ERROR "leaking param content: s$"
	s.items = append(s.items, x)
}

func (s *stack) Register() { // ERROR "leaking param: s$"
	top = s
}

func (s *stack) Len() int { return len(s.items) } // ERROR "s does not escape$"

func main() {
	v := vec{1, 2}
	v.Scale(3)
	w := v.Add(vec{1, 1})
	p := &w
	s := &stack{} // ERROR "&stack{} escapes to heap$"
	s.Push(1)
	s.Push(2)
	s.Register()
	println(w.x, p.Self().y, s.Len(), top.Len())
}
