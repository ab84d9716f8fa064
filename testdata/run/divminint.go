// The most negative integer divided by -1 wraps to itself in Go (no trap), and the
// remainder is 0.  On x86 the idiv instruction faults on it, so a compiler must guard it.
package main

import "fmt"

func div64(a, b int64) (int64, int64) { return a / b, a % b }
func div32(a, b int32) (int32, int32) { return a / b, a % b }
func div8(a, b int8) (int8, int8)     { return a / b, a % b }
func divInt(a, b int) (int, int)      { return a / b, a % b }

func main() {
	fmt.Println(div64(-9223372036854775808, -1))
	fmt.Println(div32(-2147483648, -1))
	fmt.Println(div8(-128, -1))
	m := -9223372036854775807 - 1
	fmt.Println(divInt(m, -1))
	fmt.Println(divInt(m, 1))
	fmt.Println(divInt(-7, 2))
	var u uint64 = 1<<64 - 1
	fmt.Println(u/3, u%10)
}
