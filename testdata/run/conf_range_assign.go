// conf_range_assign: `for k, v = range x` assigns like `k, v = i, x[i]`: the
// targets' index operands are evaluated before either store (go1.19
// test/range.go).
package main

import "fmt"

func main() {
	x := []int{10, 20}
	y := []int{99}
	i := 1
	for i, x[i] = range y {
		break
	}
	fmt.Println(i, x)

	r := []rune{'a', 'b'}
	i = 1
	for i, r[i] = range "c" {
		break
	}
	fmt.Println(i, string(r))

	z := []int{1, 2, 3}
	k := rune(1)
	for z[k], k = range "\x02" {
		break
	}
	fmt.Println(k, z)

	a := [3]int{5, 6, 7}
	j := 2
	for j, a[j] = range [2]int{8, 9} {
	}
	fmt.Println(j, a)
}
