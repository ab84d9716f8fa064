package main

type User struct {
	ID   int
	Name string
}

func createUserV1() User {
	u := User{ID: 1, Name: "Vikash"}
	return u
}

func createUserV2() *User {
	u := User{ID: 2, Name: "Vikash"} // ERROR "moved to heap: u$"
	return &u
}

func makeSpace(n int) []int {
	return make([]int, n) // ERROR "make\(\[\]int, n\) escapes to heap$"
}

func makeFixed() int {
	s := make([]int, 10) // ERROR "make\(\[\]int, 10\) does not escape$"
	return len(s)
}

func counter() func() int {
	c := 0 // ERROR "moved to heap: c$"
	return func() int { // ERROR "func literal escapes to heap$"
		c++
		return c
	}
}

type Big struct {
	a [64]int
}

func byValue(b Big) int {
	return b.a[0]
}

func byPointer(b *Big) int { // ERROR "b does not escape$"
	return b.a[0]
}

func main() {
	_ = createUserV1()
	_ = createUserV2()
	_ = makeSpace(5)
	_ = makeFixed()
	f := counter()
	_ = f()
	var b Big
	_ = byValue(b)
	_ = byPointer(&b)
}
