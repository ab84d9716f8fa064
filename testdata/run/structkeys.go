// Comparable composite values: struct and array equality, structs and
// arrays as map keys, pointer identity, and copies versus aliases.
package main

import (
	"fmt"
	"sort"
)

type Point struct{ X, Y int }
type Segment struct{ A, B Point }
type Grid [3][3]byte

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }

func main() {
	p, q := Point{1, 2}, Point{1, 2}
	fmt.Println(p == q, p != Point{2, 1}, Segment{p, q} == Segment{q, p})
	visits := map[Point]int{}
	pos := Point{}
	for _, step := range "RRULLDDRUU" {
		switch step {
		case 'R':
			pos = pos.Add(Point{1, 0})
		case 'L':
			pos = pos.Add(Point{-1, 0})
		case 'U':
			pos = pos.Add(Point{0, 1})
		case 'D':
			pos = pos.Add(Point{0, -1})
		}
		visits[pos]++
	}
	var pts []Point
	for pt := range visits {
		pts = append(pts, pt)
	}
	sort.Slice(pts, func(i, j int) bool {
		if pts[i].X != pts[j].X {
			return pts[i].X < pts[j].X
		}
		return pts[i].Y < pts[j].Y
	})
	for _, pt := range pts {
		fmt.Print(pt, "x", visits[pt], " ")
	}
	fmt.Println()
	fmt.Println(visits)

	var g1, g2 Grid
	g1[1][1] = 'X'
	g2[1][1] = 'X'
	fmt.Println(g1 == g2)
	g2[0][2] = 'O'
	fmt.Println(g1 == g2)
	seen := map[Grid]bool{g1: true}
	fmt.Println(seen[g2], seen[g1])

	edges := map[[2]string]int{{"a", "b"}: 3, {"b", "c"}: 4}
	edges[[2]string{"a", "b"}] += 10
	fmt.Println(edges[[2]string{"a", "b"}], len(edges), edges)

	arr := [4]int{1, 2, 3, 4}
	cp := arr
	cp[0] = 100
	sl := arr[:]
	sl[1] = 200
	fmt.Println(arr, cp, sl)

	pp1, pp2 := &Point{1, 1}, &Point{1, 1}
	fmt.Println(pp1 == pp2, *pp1 == *pp2, pp1 == pp1)
	type key struct {
		name string
		age  int
	}
	people := map[key][]string{}
	people[key{"ann", 30}] = append(people[key{"ann", 30}], "x")
	people[key{"ann", 30}] = append(people[key{"ann", 30}], "y")
	people[key{"ann", 31}] = nil
	fmt.Println(len(people), people[key{"ann", 30}], people)
	var ifaceKeys = map[interface{}]string{1: "int", "1": "string", Point{1, 1}: "point", 1.5: "float"}
	fmt.Println(ifaceKeys[1], ifaceKeys["1"], ifaceKeys[Point{1, 1}], ifaceKeys[1.5], len(ifaceKeys))
}
