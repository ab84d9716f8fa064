// float64: arithmetic, conversions, printing, special values.
package main

import "fmt"

func sqrt(x float64) float64 {
	z := 1.0
	for i := 0; i < 30; i++ {
		z -= (z*z - x) / (2 * z)
	}
	return z
}

func main() {
	a, b := 1.5, 0.25
	fmt.Println(a+b, a-b, a*b, a/b)
	fmt.Println(sqrt(2), sqrt(144))
	fmt.Println(0.1+0.2, 1.0/3.0, float32(1.0/3.0))
	fmt.Println(1e100, 1e-100, 123456789.0, 1234567890123456789.0)
	zero := 0.0
	fmt.Println(1/zero, -1/zero, zero/zero == zero/zero)
	x := 7
	fmt.Println(float64(x)/2, x/2, int(2.99*float64(x)/7), int(-2.99*float64(x)/7))
	var f32 float32 = 16777216
	fmt.Println(f32+1, float64(f32)+1)
	sum := 0.0
	for i := 1; i <= 100; i++ {
		sum += 1 / float64(i)
	}
	fmt.Printf("%.10f %v\n", sum, sum)
	fmt.Println(-0.0, 5e-324, 1.7976931348623157e308)
}
