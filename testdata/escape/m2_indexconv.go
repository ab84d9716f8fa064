// Index assignments converting to an interface: gc positions the conversion at the
// last name its typecheck visits in the left side (s[i] = v: i).
package main

type T struct {
	f  interface{}
	fs []interface{}
}

func a(s []interface{}, v int, i int) { // ERROR "s does not escape$"
	s[0] = v // ERROR "v escapes to heap$"
}

func b(s []interface{}, v int, i int) { // ERROR "s does not escape$"
	s[i+1] = v // ERROR "v escapes to heap$"
}

func c(t *T, v int) { // ERROR "t does not escape$"
	t.f = v // ERROR "v escapes to heap$"
}

func d(p *interface{}, v int) { // ERROR "p does not escape$"
	*p = v // ERROR "v escapes to heap$"
}

func e(m map[string]interface{}, v int) { // ERROR "m does not escape$"
	m["a"] = v // ERROR "v escapes to heap$"
}

func f(t *T, v int, i int) { // ERROR "t does not escape$"
	t.fs[i] = v // ERROR "v escapes to heap$"
}

func g(arr *[3]interface{}, v int, j int) { // ERROR "arr does not escape$"
	arr[j] = v // ERROR "v escapes to heap$"
}

func h(s [][]interface{}, v int, i, j int) { // ERROR "s does not escape$"
	s[i][j] = v // ERROR "v escapes to heap$"
}

func k(s []interface{}, v int, i int) { // ERROR "s does not escape$"
	s[len(s)-1] = v // ERROR "v escapes to heap$"
}

func main() {}
