// Stringer and error values printed by fmt: inside slices, arrays, structs
// and maps, through pointers, with %v %s %d %q %x and %+v.
package main

import (
	"errors"
	"fmt"
)

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string { return [...]string{"red", "green", "blue"}[c] }

type Temp float64

func (t *Temp) String() string { return fmt.Sprintf("%.1f°", float64(*t)) }

type Pixel struct {
	X, Y int
	C    Color
}

type Card struct {
	Rank int
	Suit string
}

func (c Card) String() string {
	names := map[int]string{1: "A", 11: "J", 12: "Q", 13: "K"}
	r, ok := names[c.Rank]
	if !ok {
		r = fmt.Sprint(c.Rank)
	}
	return r + c.Suit
}

type Hand []Card

func (h Hand) String() string {
	s := ""
	for i, c := range h {
		if i > 0 {
			s += " "
		}
		s += c.String()
	}
	return "<" + s + ">"
}

func main() {
	fmt.Println(Red, Blue, []Color{Green, Blue}, [2]Color{Blue, Red})
	fmt.Printf("%v %s %d %q %x %05d\n", Green, Green, Green, Green, Blue, Blue)
	p := Pixel{1, 2, Blue}
	fmt.Printf("%v %+v\n", p, p)
	fmt.Println(&p, []*Pixel{&p}[0] == &p)
	m := map[Color]int{Red: 3, Blue: 1, Green: 2}
	fmt.Println(m)
	t := Temp(21.55)
	fmt.Println(t, &t)
	fmt.Printf("%v %s\n", &t, &t)
	h := Hand{{1, "♠"}, {10, "♥"}, {12, "♦"}}
	fmt.Println(h, h[0], []Card(h))
	fmt.Printf("%v|%s|%d\n", h, h, []Card(h))
	deck := map[string]Hand{"alice": h[:2], "bob": {{13, "♣"}}}
	fmt.Println(deck)
	errs := []error{errors.New("first"), fmt.Errorf("second: %w", errors.New("inner")), nil}
	fmt.Println(errs)
	fmt.Printf("%v %q\n", errs[0], errs[1])
	type wrapper struct {
		Err   error
		Color Color
		Card  *Card
	}
	w := wrapper{errs[0], Green, &h[2]}
	fmt.Printf("%v\n%+v\n", w, w)
	var nilStringer fmt.Stringer
	fmt.Println(nilStringer, []fmt.Stringer{Red, h[1], nil})
	fmt.Printf("%T %T %T\n", Red, h, &t)
	fmt.Println(fmt.Sprint(Red, Green), fmt.Sprintln(Blue, 7), fmt.Sprintf("%6s|%-6v|", Red, Blue))
}
