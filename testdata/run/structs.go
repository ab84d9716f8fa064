// Structs: value semantics, nesting, comparison, printing with %v and %+v.
package main

import "fmt"

type Point struct {
	X, Y int
}

type Rect struct {
	Min, Max Point
	Name     string
}

func (r Rect) Area() int {
	return (r.Max.X - r.Min.X) * (r.Max.Y - r.Min.Y)
}

func grow(r Rect, d int) Rect {
	r.Max.X += d
	r.Max.Y += d
	return r
}

func main() {
	r := Rect{Point{0, 0}, Point{2, 3}, "r"}
	r2 := grow(r, 1)
	fmt.Println(r, r2, r.Area(), r2.Area())
	fmt.Printf("%v %+v\n", r.Min, r2)
	p := Point{1, 2}
	q := p
	q.X = 10
	fmt.Println(p, q, p == q, p == Point{1, 2})
	var z Rect
	fmt.Printf("%+v %q\n", z, z.Name)
	anon := struct {
		A int
		B string
	}{3, "x"}
	fmt.Println(anon, anon.B)
	rects := []Rect{r, r2, {Name: "empty"}}
	total := 0
	for _, x := range rects {
		total += x.Area()
	}
	fmt.Println(total, len(rects), rects[2])
}
