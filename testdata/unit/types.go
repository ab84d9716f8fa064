// dump: ast
// Type syntax: arrays, [...] literals, slices, maps, pointers, structs with
// embedded fields and tags, interfaces with methods and embedded interfaces,
// qualified names, func types.
package p

import "fmt"

type S struct {
	a, b int    `key:"a"`
	p    *S
	fmt.Stringer
	*T
	m    map[string][4]byte
	f    func(int) (bool, error)
}

type T struct{}

type I interface {
	fmt.Stringer
	M(x int) error
	N() (a, b int)
}

var v = [...]string{2: "c", 0: "a"}
var e interface{}
