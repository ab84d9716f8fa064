package main

// Type switches and assertions: the case variables.

var sink interface{}

func classify(x interface{}) *int { // ERROR "leaking param: x$"
	switch v := x.(type) {
	case *int:
		return v
	case []byte:
		sink = v // ERROR "v escapes to heap$"
	case string, error:
		sink = v
	}
	return nil
}

func main() {
	n := 1 // ERROR "moved to heap: n$"
	println(*classify(&n))
	classify("s") // ERROR ".s. escapes to heap$"
}
