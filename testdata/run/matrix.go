// Matrix multiplication on fixed-size arrays and on slices of slices.
// gofront: -O2
package main

import "fmt"

const N = 4

type Mat [N][N]int

func mul(a, b Mat) Mat {
	var c Mat
	for i := 0; i < N; i++ {
		for j := 0; j < N; j++ {
			s := 0
			for k := 0; k < N; k++ {
				s += a[i][k] * b[k][j]
			}
			c[i][j] = s
		}
	}
	return c
}

func newMatrix(r, c int) [][]float64 {
	m := make([][]float64, r)
	for i := range m {
		m[i] = make([]float64, c)
	}
	return m
}

func mulSlices(a, b [][]float64) [][]float64 {
	c := newMatrix(len(a), len(b[0]))
	for i := range a {
		for j := range b[0] {
			for k := range b {
				c[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return c
}

func main() {
	var a, id Mat
	for i := 0; i < N; i++ {
		id[i][i] = 1
		for j := 0; j < N; j++ {
			a[i][j] = i + j
		}
	}
	fmt.Println(mul(a, id) == a)
	p := a
	for i := 0; i < 5; i++ {
		p = mul(p, a)
	}
	for _, row := range p {
		fmt.Println(row)
	}
	x := newMatrix(2, 3)
	y := newMatrix(3, 2)
	for i := 0; i < 2; i++ {
		for j := 0; j < 3; j++ {
			x[i][j] = float64(i + j)
			y[j][i] = float64(i*j) + 0.5
		}
	}
	fmt.Println(mulSlices(x, y))
	big := newMatrix(60, 60)
	for i := range big {
		for j := range big[i] {
			big[i][j] = float64((i*7+j*3)%10) / 10
		}
	}
	r := big
	for i := 0; i < 3; i++ {
		r = mulSlices(r, big)
	}
	fmt.Printf("%.6f %.6f\n", r[0][0], r[59][59])
}
