package main

type I int

func (i I) val() int { return int(i) }

type T []int

func (t T) Len() int { return len(t) } // ERROR "t does not escape$"

func a() int {
	var i I // ERROR "moved to heap: i$"
	return (*I).val(&i)
}

func b() int {
	var t T
	return (*T).Len(&t)
}

func c() int {
	var i I // ERROR "moved to heap: i$"
	f := (*I).val
	return f(&i)
}

func main() {}
