// Floating point pictures: an ASCII Mandelbrot set, a Newton's-method root
// table and numerical integration, printed with %v and %.Nf.
package main

import (
	"fmt"
	"math"
	"strings"
)

func mandelbrot(w, h, maxIter int) []string {
	const chars = " .:-=+*#%@"
	var rows []string
	for y := 0; y < h; y++ {
		var b strings.Builder
		for x := 0; x < w; x++ {
			cr := -2.2 + 3.0*float64(x)/float64(w)
			ci := -1.2 + 2.4*float64(y)/float64(h)
			zr, zi := 0.0, 0.0
			i := 0
			for ; i < maxIter && zr*zr+zi*zi <= 4; i++ {
				zr, zi = zr*zr-zi*zi+cr, 2*zr*zi+ci
			}
			b.WriteByte(chars[i*(len(chars)-1)/maxIter])
		}
		rows = append(rows, b.String())
	}
	return rows
}

func newton(f, df func(float64) float64, x0 float64) (float64, int) {
	x := x0
	for i := 1; i <= 50; i++ {
		nx := x - f(x)/df(x)
		if math.Abs(nx-x) < 1e-12 {
			return nx, i
		}
		x = nx
	}
	return x, 50
}

func simpson(f func(float64) float64, a, b float64, n int) float64 {
	h := (b - a) / float64(n)
	s := f(a) + f(b)
	for i := 1; i < n; i++ {
		x := a + float64(i)*h
		if i%2 == 1 {
			s += 4 * f(x)
		} else {
			s += 2 * f(x)
		}
	}
	return s * h / 3
}

func main() {
	for _, row := range mandelbrot(60, 20, 30) {
		fmt.Println(row)
	}
	for _, k := range []float64{2, 3, 10, 144, 0.5} {
		root, it := newton(func(x float64) float64 { return x*x - k }, func(x float64) float64 { return 2 * x }, 1)
		fmt.Printf("sqrt(%v) = %v in %d steps (math: %v)\n", k, root, it, math.Sqrt(k))
	}
	cube, _ := newton(func(x float64) float64 { return x*x*x - 2*x - 5 }, func(x float64) float64 { return 3*x*x - 2 }, 2)
	fmt.Println("x^3-2x-5 root:", cube)
	for _, n := range []int{2, 10, 100} {
		fmt.Printf("n=%3d  ∫sin=%.10f  ∫x²=%.10f  ∫exp=%v\n", n, simpson(math.Sin, 0, math.Pi, n), simpson(func(x float64) float64 { return x * x }, 0, 3, n), simpson(math.Exp, 0, 1, n))
	}
	sum, c := 0.0, 0.0
	for i := 0; i < 10; i++ {
		sum += 0.1
		y := 0.1 - c
		t := c + y
		c = (t - c) - y
		_ = t
	}
	fmt.Println(sum, sum == 1.0, float32(sum), 0.1+0.2, 1e100, 1e-7, 123456789.0, 1.0/3.0)
	fmt.Printf("%e %E %g %G %.3g %8.2f|%-8.2f|%+.1f\n", 1234.5678, 0.000123, 1e21, 1e-10, math.Pi, math.E, -math.E, 2.25)
}
