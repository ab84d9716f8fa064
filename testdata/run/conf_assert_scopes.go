// conf_assert_scopes: a failed assertion between two distinct types of the
// same name says "(types from different scopes)" (go1.19
// test/fixedbugs/issue26094.go).
package main

import "fmt"

type T struct{}

func local() interface{} {
	type T struct{}
	return T{}
}

func main() {
	x := local()
	_, ok := x.(T)
	fmt.Println(ok)
	defer func() { fmt.Println(recover()) }()
	_ = x.(T)
}
