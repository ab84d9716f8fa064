// Interfaces and Stringers: shapes with areas, sorted by area, printed by
// fmt through their String methods, with type switches and assertions.
package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Named interface {
	Shape
	fmt.Stringer
}

type Circle struct{ R float64 }
type Rect struct{ W, H float64 }
type Square struct{ Rect }
type Triangle struct{ A, B, C float64 }

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c Circle) String() string     { return fmt.Sprintf("Circle(r=%g)", c.R) }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (r Rect) String() string     { return fmt.Sprintf("Rect(%gx%g)", r.W, r.H) }

func NewSquare(s float64) Square { return Square{Rect{s, s}} }
func (s Square) String() string  { return fmt.Sprintf("Square(%g)", s.W) }

func (t *Triangle) Area() float64 {
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}
func (t *Triangle) Perimeter() float64 { return t.A + t.B + t.C }

type byArea []Shape

func (b byArea) Len() int           { return len(b) }
func (b byArea) Less(i, j int) bool { return b[i].Area() < b[j].Area() }
func (b byArea) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func describe(s Shape) string {
	switch v := s.(type) {
	case Circle:
		return fmt.Sprintf("a circle of radius %v", v.R)
	case Square:
		return fmt.Sprintf("a square of side %v", v.W)
	case Rect:
		return fmt.Sprintf("a %v by %v rectangle", v.W, v.H)
	case *Triangle:
		return fmt.Sprintf("a triangle %v/%v/%v", v.A, v.B, v.C)
	default:
		return "something else"
	}
}

func main() {
	shapes := []Shape{Circle{1}, Rect{3, 4}, NewSquare(2), &Triangle{3, 4, 5}, Circle{0.5}, Rect{1, 10}}
	sort.Sort(byArea(shapes))
	for _, s := range shapes {
		name := "?"
		if n, ok := s.(Named); ok {
			name = n.String()
		}
		fmt.Printf("%-14s area=%7.3f perim=%7.3f  %s\n", name, s.Area(), s.Perimeter(), describe(s))
	}
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
	}
	fmt.Printf("total area %.4f\n", total)
	fmt.Println(shapes[0], shapes[len(shapes)-1])
	fmt.Printf("%v %s %+v\n", Circle{2}, Rect{1, 2}, NewSquare(3))
	var sq Shape = NewSquare(5)
	_, isRect := sq.(Rect)
	_, isSquare := sq.(Square)
	fmt.Println(isRect, isSquare, sq.Area(), sq.(Square).Rect.Area())
	var names []string
	for _, s := range shapes {
		names = append(names, fmt.Sprint(s))
	}
	fmt.Println(strings.Join(names, " | "))
	var nilShape Shape
	fmt.Println(nilShape == nil, describe(Circle{}))
}
