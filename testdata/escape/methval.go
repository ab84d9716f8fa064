// errorcheck -0 -m -l

// A method value t.M binds its receiver in a closure record.
package main

type counter struct{ n int }

func (c *counter) Inc() int { // ERROR "c does not escape$"
	c.n++
	return c.n
}

func (c counter) Get() int { return c.n }

var gf func() int

func bindEscapes(c *counter) { // ERROR "leaking param: c$"
	gf = c.Inc // ERROR "c.Inc escapes to heap$"
}

func bindLocal(c *counter) int { // ERROR "c does not escape$"
	f := c.Inc // ERROR "c.Inc does not escape$"
	f()
	return f()
}

func bindValue(c counter) int {
	g := c.Get // ERROR "c.Get does not escape$"
	return g()
}

func returnBound() func() int {
	c := &counter{n: 10} // ERROR "&counter{...} escapes to heap$"
	return c.Inc // ERROR "c.Inc escapes to heap$"
}

func main() {
	c := &counter{} // ERROR "&counter{} escapes to heap$"
	bindEscapes(c)
	gf()
	println(bindLocal(c), bindValue(counter{3}), returnBound()(), c.n)
}
