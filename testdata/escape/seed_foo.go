package escapeanalysis

func Foo() *int {
	var x int // ERROR "moved to heap: x$"
	return &x
}
