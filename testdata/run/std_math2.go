// math's transcendental functions printed at full precision: the values
// must be go1.19's to the last bit (Go's own algorithms, not libm's).
package main

import (
	"fmt"
	"math"
)

type point struct{ x, y float64 }

func (p point) polar() (r, theta float64) { return math.Hypot(p.x, p.y), math.Atan2(p.y, p.x) }

func main() {
	for deg := 0; deg <= 360; deg += 15 {
		rad := float64(deg) * math.Pi / 180
		fmt.Println(deg, math.Sin(rad), math.Cos(rad), math.Tan(rad))
	}
	for _, x := range []float64{0.001, 0.5, 1, 2, math.E, 10, 100, 1000, 12345.678, 1e-300, 1e300} {
		fmt.Println(x, math.Log(x), math.Log2(x), math.Log10(x), math.Exp(math.Log(x)))
	}
	for _, x := range []float64{-745, -20, -1, -0.5, 0, 0.1, 1, 2.5, 10, 100, 709} {
		fmt.Println(x, math.Exp(x), math.Sinh(x/10), math.Cosh(x/10), math.Tanh(x/10))
	}
	for _, p := range [][2]float64{{2, 0.5}, {2, 1.5}, {1.1, 10}, {10, -3}, {3, 7.7}, {0.5, 20.25}, {-2, 3}, {-8, 1.0 / 3}} {
		fmt.Println(p[0], p[1], math.Pow(p[0], p[1]))
	}
	for _, x := range []float64{-1, -0.5, 0, 0.3, 0.7071067811865476, 1, 1.5} {
		fmt.Println(x, math.Asin(x), math.Acos(x), math.Atan(x), math.Cbrt(x*27))
	}
	pts := []point{{1, 0}, {1, 1}, {0, 2}, {-3, 4}, {-1, -1}, {5, -12}}
	for _, p := range pts {
		r, t := p.polar()
		fmt.Printf("%v r=%v θ=%v deg=%.4f\n", p, r, t, t*180/math.Pi)
	}
	// compound interest and a projectile, the way homework does it
	balance := 1000.0
	for year := 1; year <= 5; year++ {
		balance *= 1 + 0.05/12*12
		fmt.Println(year, balance, 1000*math.Pow(1.05, float64(year)), 1000*math.Exp(0.05*float64(year)))
	}
	v, angle := 20.0, 35*math.Pi/180
	flight := 2 * v * math.Sin(angle) / 9.81
	fmt.Println("flight time", flight, "range", v*math.Cos(angle)*flight, "height", math.Pow(v*math.Sin(angle), 2)/(2*9.81))
	sum := 0.0
	for k := 0; k < 1000; k++ {
		sum += math.Pow(-1, float64(k)) / float64(2*k+1)
	}
	fmt.Println("leibniz", 4*sum, math.Abs(4*sum-math.Pi) < 1e-2)
}
