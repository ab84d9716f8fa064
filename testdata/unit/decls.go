// dump: ast
// Declarations: grouped and aliased imports, const groups with iota and
// omitted expressions, var groups, type definitions and aliases.
package p

import (
	"fmt"
	str "strings"
	_ "os"
)

import "errors"

const (
	A = iota
	B
	C, D = iota * 2, "d"
	E, F
)

const G int = 7

var (
	x, y int
	z    = 3
	w    float64 = 1
)

type (
	Celsius float64
	Alias   = int
)

var _ = fmt.Sprint(str.ToUpper(""), errors.New(""))
