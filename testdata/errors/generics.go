// Type parameters are outside the first milestone (this compiles with go).
package main

func Map[T, U any](xs []T, f func(T) U) []U { // ERROR "not supported"
	var out []U
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func main() {
	println(len(Map([]int{1, 2}, func(x int) int { return x * 2 })))
}
