package main

// A type-switch case that a value flows through is explained with its whole body as gc
// prints it: `case T: s1; s2` (no declarations for :=, `if c { ... } else { ... }`).

import "fmt"

type Var string
type Num float64

func eval(e interface{}, env map[string]*float64) (*float64, error) { // ERROR "env does not escape$" "leaking param content: e$" "leaking param: e to result ~r0 level=0$"
	switch e := e.(type) {
	case Var:
		v, ok := env[string(e)]
		if !ok {
			return nil, fmt.Errorf("undefined: %s", e) // ERROR "... argument does not escape$" "e escapes to heap$"
		} else {
			fmt.Println("found", e) // ERROR "... argument does not escape$" ".found. escapes to heap$" "e escapes to heap$"
		}
		return v, nil
	case *float64:
		return e, nil
	}
	return nil, nil
}

func main() {
	x := 1.5 // ERROR "moved to heap: x$"
	v, err := eval(Var("x"), map[string]*float64{"x": &x}) // ERROR "Var\(.x.\) does not escape$" "map\[string\]\*float64{...} does not escape$"
	fmt.Println(*v, err) // ERROR "... argument does not escape$" "\*v escapes to heap$"
	v, _ = eval(&x, nil)
	fmt.Println(*v) // ERROR "... argument does not escape$" "\*v escapes to heap$"
}
