package main

// Maps: make, literals, keys and values that escape into a map.

var global map[string]*int

func local() int {
	m := make(map[string]int) // ERROR "make\(map\[string\]int\) does not escape$"
	m["a"] = 1
	return len(m)
}

func lit() int {
	m := map[int]string{1: "a", 2: "b"} // ERROR "map\[int\]string{...} does not escape$"
	return len(m)
}

func store(k string, v *int) { // ERROR "leaking param: k$" "leaking param: v$"
	global[k] = v
}

func main() {
	global = make(map[string]*int) // ERROR "make\(map\[string\]\*int\) escapes to heap$"
	x := 1 // ERROR "moved to heap: x$"
	store("x", &x)
	println(local(), lit(), len(global))
}
