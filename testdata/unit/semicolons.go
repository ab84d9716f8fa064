// dump: tokens
// Automatic semicolons: after names, literals, return/break/continue/
// fallthrough, ++ --, ) ] } -- at a newline, a multi-line comment, and EOF;
// never after an operator, a comma or an opening bracket.
package p

func f(a []int) int {
	x := a[0] +
		a[1]
	x++
	x--
	for {
		break
	}
	g(x,
		1)
	return x /* one
	line */ }

var s = 'c'
var t = "s" // trailing comment
var u = 1.5 /* same line */
func h() { return }
func k() {}
func g(int, int) {}