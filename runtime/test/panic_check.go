package main

import (
	"errors"
	"fmt"
	"os"
	"strconv"
)

type MyInt int
type MyS string
type T struct{ a int }

func main() {
	fmt.Println("before")
	switch os.Args[1] {
	case "1":
		panic(3.5)
	case "2":
		panic(MyInt(5))
	case "3":
		panic(MyS("x"))
	case "4":
		panic(T{1})
	case "5":
		panic(errors.New("boom"))
	case "6":
		var p *T
		println(p.a)
	case "7":
		a := []int{1, 2, 3}
		i := 5
		println(a[:i])
	case "8":
		var a [3]int
		i := 5
		println(a[:i])
	case "10":
		a := []int{1, 2, 3}
		i, j := 3, 2
		println(a[i:j])
	case "11":
		a := []int{1, 2, 3}
		i := 5
		println(a[0:1:i])
	case "12":
		a := []int{1, 2, 3}
		i := -1
		println(a[i:])
	case "13":
		a := []int{1, 2, 3}
		i, j := 2, 1
		println(a[:i:j])
	case "14":
		a := []int{1, 2, 3}
		i := -1
		println(a[i])
	case "15":
		n := -1
		_ = make([]int, n)
	case "16":
		n := 1
		_ = make([]int, 2, n)
	case "17":
		var x interface{} = "s"
		println(x.(int))
	case "18":
		panic(nil)
	case "19":
		panic(true)
	case "20":
		a := []int{1, 2, 3}
		i, j := 2, 1
		println(a[i:j:3])
	case "21":
		a := []int{1, 2, 3}
		i := 5
		println(a[i])
	case "22":
		x, y := 1, 0
		println(x / y)
	case "23":
		_, err := strconv.Atoi("12a")
		panic(err)
	case "24":
		var x interface{} = []int{1}
		println(x == x)
	case "25":
		s := 1
		n := -1
		println(s << n)
	case "26":
		fmt.Fprintln(os.Stderr, "to stderr")
		fmt.Println("after")
		os.Exit(3)
	case "27":
		var f func()
		f()
	}
}
