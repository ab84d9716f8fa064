// dump: ast
// Syntax errors: gc's wording, and gc's way of going on after one (skip to
// a closing bracket, the end of the statement or the next declaration).
package p

import (
	"io",
)

func f(a int b int) {}

func g() {
	x := []int{1, 2
	}
	if x == nil
	{
	}
	y := := 2
	for i := 0; i < 3; i++ {
	}
}

x := 1

func h() {
	switch x {
	case 1
	}
