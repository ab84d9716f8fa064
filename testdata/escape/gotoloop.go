// errorcheck -0 -m -l

// A label reached again by a backward goto is a loop: it deepens the loop depth like for.
package main

func gotoLoop() *int {
	var p *int
	i := 0
loop:
	x := i // ERROR "moved to heap: x$"
	p = &x
	i++
	if i < 3 {
		goto loop
	}
	return p
}

func forwardGoto() int {
	y := 5
	q := &y
	goto done
done:
	return *q
}

func main() {
	println(*gotoLoop(), forwardGoto())
}
