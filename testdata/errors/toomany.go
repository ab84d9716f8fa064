// After ten errors gc stops with "too many errors".
package main

func main() {
	_ = u1 // ERROR "undefined: u1$"
	_ = u2 // ERROR "undefined: u2$"
	_ = u3 // ERROR "undefined: u3$"
	_ = u4 // ERROR "undefined: u4$"
	_ = u5 // ERROR "undefined: u5$"
	_ = u6 // ERROR "undefined: u6$"
	_ = u7 // ERROR "undefined: u7$"
	_ = u8 // ERROR "undefined: u8$"
	_ = u9 // ERROR "undefined: u9$"
	_ = u10 // ERROR "too many errors$" "undefined: u10$"
	_ = u11
	_ = u12
}
