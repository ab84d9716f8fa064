package main

func stackIt() int {
	y := 2
	return y * 2
}

func heapIt() *int {
	y := 2
	res := y * 2 // ERROR "moved to heap: res$"
	return &res
}

func process(y *int) int { // ERROR "y does not escape$"
	return *y * 2
}

func main() {
	y := 2
	_ = process(&y)
	_ = stackIt()
	_ = heapIt()
}
