package main

import (
	"errors"
	"fmt"
)

var errNotFound = errors.New("not found")

func find(xs []int, x int) (int, error) { // ERROR "xs does not escape$"
	for i, v := range xs {
		if v == x {
			return i, nil
		}
	}
	return -1, errNotFound
}

func wrap(err error) error { // ERROR "leaking param: err$"
	return fmt.Errorf("wrapped: %w", err) // ERROR "... argument does not escape$"
}

func local() bool {
	e := errors.New("local")
	return e != nil
}

func main() {
	_, err := find([]int{1, 2}, 3) // ERROR "\[\]int{...} does not escape$"
	err2 := wrap(err)
	fmt.Println(err2, errors.Is(err2, errNotFound), local()) // ERROR "... argument does not escape$" "errors.Is\(err2, errNotFound\) escapes to heap$" "local\(\) escapes to heap$"
	fmt.Println(errors.Unwrap(err2) == errNotFound) // ERROR "... argument does not escape$" "errors.Unwrap\(err2\) == errNotFound escapes to heap$"
}
