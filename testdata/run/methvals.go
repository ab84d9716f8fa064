// Method values and method expressions, bound receivers copied at the
// moment the value is made, funcs in maps and slices.
package main

import (
	"fmt"
	"strings"
)

type Counter struct {
	name string
	n    int
}

func (c *Counter) Inc()          { c.n++ }
func (c *Counter) Add(k int)     { c.n += k }
func (c Counter) Get() int       { return c.n }
func (c Counter) Label() string  { return fmt.Sprintf("%s=%d", c.name, c.n) }

type Op func(int, int) int

func apply(op Op, a, b int) int { return op(a, b) }

type Calc struct{ acc int }

func (c *Calc) Do(op string, v int) *Calc {
	ops := map[string]func(int){
		"+": func(x int) { c.acc += x },
		"-": func(x int) { c.acc -= x },
		"*": func(x int) { c.acc *= x },
	}
	ops[op](v)
	return c
}

func main() {
	c := &Counter{name: "clicks"}
	inc := c.Inc
	add := c.Add
	for i := 0; i < 3; i++ {
		inc()
	}
	add(10)
	fmt.Println(c.Get(), c.Label())

	get := c.Get // receiver copied now
	label := (*c).Label
	c.Inc()
	fmt.Println(get(), label(), c.Get())

	getExpr := Counter.Get
	incExpr := (*Counter).Inc
	incExpr(c)
	fmt.Println(getExpr(*c))

	fns := []func() int{c.Get, Counter{"x", 99}.Get}
	for _, f := range fns {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	ops := map[string]Op{
		"add": func(a, b int) int { return a + b },
		"sub": func(a, b int) int { return a - b },
		"max": func(a, b int) int {
			if a > b {
				return a
			}
			return b
		},
	}
	for _, name := range []string{"add", "sub", "max"} {
		fmt.Println(name, apply(ops[name], 7, 3))
	}
	up := strings.ToUpper
	rep := strings.Repeat
	fmt.Println(up("method"), rep("=", 5))

	calc := &Calc{}
	calc.Do("+", 5).Do("*", 4).Do("-", 3)
	fmt.Println(calc.acc)

	var labels []func() string
	for _, n := range []string{"a", "b", "c"} {
		ctr := Counter{name: n, n: len(n) * 7}
		labels = append(labels, ctr.Label)
	}
	for _, l := range labels {
		fmt.Print(l(), " ")
	}
	fmt.Println()
}
