// math: the exact functions, special values, constants and integer limits.
package main

import (
	"fmt"
	"math"
)

func main() {
	for _, x := range []float64{0, 1, 2, 2.5, -2.5, 3.7, -3.7, 1e15 + 0.5, math.Inf(1), math.Inf(-1)} {
		fmt.Println(x, math.Floor(x), math.Ceil(x), math.Trunc(x), math.Round(x), math.RoundToEven(x), math.Abs(x))
	}
	fmt.Println(math.Sqrt(2), math.Sqrt(144), math.Sqrt(-1), math.Sqrt(0.25), math.Cbrt(27))
	fmt.Println(math.Pow(2, 10), math.Pow(2, -2), math.Pow(-8, 3), math.Pow(0, 0), math.Pow(4, 0.5), math.Pow(10, 3))
	fmt.Println(math.Mod(7, 3), math.Mod(-7, 3), math.Mod(7, -3), math.Mod(5.5, 2), math.Mod(1, 0))
	fmt.Println(math.Max(3, 7), math.Min(3, 7), math.Max(-0.0, 0), math.Min(math.NaN(), 1), math.Max(math.Inf(1), math.NaN()))
	fmt.Println(math.Hypot(3, 4), math.Log2(8), math.Log2(1024), math.Log(1), math.Exp(0), math.Log10(100))
	fmt.Println(math.Inf(1), math.Inf(-1), math.NaN(), math.IsNaN(math.NaN()), math.IsInf(math.Inf(-1), -1), math.IsInf(1, 0))
	fmt.Println(math.Signbit(-0.0), math.Signbit(math.Copysign(0, -1)), math.Copysign(3, -1), math.Dim(5, 3), math.Dim(3, 5))
	ip, frac := math.Modf(3.75)
	fmt.Println(ip, frac)
	ip, frac = math.Modf(-2.5)
	fmt.Println(ip, frac)
	fmt.Println(math.MaxInt8, math.MinInt8, math.MaxInt16, math.MinInt16, math.MaxInt32, math.MinInt32)
	fmt.Println(math.MaxInt64, math.MinInt64, uint64(math.MaxUint64), uint32(math.MaxUint32), math.MaxUint8, math.MaxUint16)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64, math.MaxFloat32)
	fmt.Printf("%.10f %.10f %.10f %.10f\n", math.Pi, math.E, math.Sqrt2, math.Ln2)
	fmt.Println(math.Float64bits(1.0), math.Float64frombits(0x4000000000000000))
	var zero float64
	fmt.Println(1/zero, -1/zero, zero/zero == zero/zero)
	// integer square root by Newton's method vs math.Sqrt
	for _, n := range []int{0, 1, 15, 16, 17, 1000000, 999999999} {
		x := n
		if x > 1 {
			y := (x + 1) / 2
			for y < x {
				x = y
				y = (x + n/x) / 2
			}
		}
		fmt.Print(x, "=", int(math.Sqrt(float64(n))), " ")
	}
	fmt.Println()
	fs := []func(float64) float64{math.Sqrt, math.Floor, math.Abs, math.Ceil}
	for _, f := range fs {
		fmt.Print(f(-2.25*-2.25), " ")
	}
	fmt.Println()
}
