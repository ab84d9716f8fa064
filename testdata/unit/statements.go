// dump: ast
// Statements: if/else chains with init, the three for forms and range with
// = and :=, switch with init/tag/no tag, assignment operators, multiple
// assignment, inc/dec, blocks, return.
package p

func f(xs []int) (sum int) {
	var i, k int
	if n := len(xs); n == 0 {
		return
	} else if n == 1 {
		sum = xs[0]
	} else {
		sum += xs[1]
	}
	for i < 3 {
		i++
	}
	for {
		break
	}
	for k = range xs {
	}
	for range xs {
	}
	i, k = k, i
	sum <<= 1
	sum &^= 2
	switch x := i; {
	case x > 0, x < -1:
	}
	switch {
	}
	{
		sum--
	}
	return sum
}
