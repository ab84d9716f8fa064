// dump: ast
// Labels on loops, blocks and declarations; break/continue/goto with and
// without labels; fallthrough; an empty labelled statement before }.
package p

func f(n int) {
outer:
	for i := 0; i < n; i++ {
		for j := range "ab" {
			if j == i {
				continue outer
			}
			break outer
		}
	}
L:
	var x = 1
	_ = x
	if x > n {
		goto L
	}
	if n < 0 {
		goto end
	}
	switch n {
	case 1:
		fallthrough
	default:
		break
	}
end:
}
