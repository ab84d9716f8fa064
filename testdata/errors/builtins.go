// Misused builtins and conversions.
package main

func main() {
	n := 3
	_ = len(n) // ERROR "invalid argument: n \(variable of type int\) for len$"
	s := append(n, 1) // ERROR "first argument to append must be a slice; have n \(variable of type int\)$"
	_ = cap("str") // ERROR "invalid argument: .str. \(untyped string constant\) for cap$"
	var p *int = new(int, 2) // ERROR "invalid operation: too many arguments for new\(int, 2\) \(expected 1, found 2\)$"
	_ = make(int) // ERROR "invalid argument: cannot make int; type must be slice, map, or channel$"
	copy(s, "x")
	_ = string(1.5) // ERROR "cannot convert 1.5 \(untyped float constant\) to type string$"
	_ = int("7") // ERROR "cannot convert .7. \(untyped string constant\) to type int$"
	_, _ = s, p
}
