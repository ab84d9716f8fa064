package p

func f() [2]string { return [2]string{"a", "b"} }
func g() int       { return 1 }

func a(e interface{}, x int, s string) bool { // ERROR "e does not escape$" "s does not escape$"
	return e == x || e == f() || e == g() || x == e || e == s+s || e == 1000 // ERROR "s \+ s does not escape$"
}
