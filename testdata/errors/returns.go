// Wrong numbers of return values.
package main

func one() int {
	return 1, 2 // ERROR "too many return values\n\thave \(number, number\)\n\twant \(int\)$"
}

func two() (int, string) {
	return 1 // ERROR "not enough return values\n\thave \(number\)\n\twant \(int, string\)$"
}

func nothing() {
	return 3 // ERROR "too many return values\n\thave \(number\)\n\twant \(\)$"
}

func main() {
	one()
	two()
	nothing()
}
