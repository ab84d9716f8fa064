// Runtime errors are recoverable panics whose value is a runtime.Error:
// index and slice bounds, nil dereference (a fault), integer division by
// zero (a fault), failed type assertions, closed channels.
// gofront: -O2
package main

import "fmt"

type P struct{ x int }

func try(name string, f func()) {
	defer func() {
		r := recover()
		err, ok := r.(error)
		fmt.Printf("%s: %v (error: %v)\n", name, r, ok)
		if ok {
			fmt.Println("  Error():", err.Error())
		}
	}()
	f()
}

func divide(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	q = a / b
	return
}

func nilField() (n int) {
	defer func() {
		recover()
		n = -1
	}()
	var p *P
	return p.x
}

func main() {
	s := []int{1, 2, 3}
	i := 5
	try("index", func() { fmt.Println(s[i]) })
	try("negative index", func() { j := -1; fmt.Println(s[j+0]) })
	try("slice", func() { fmt.Println(s[1:i]) })
	try("nil map write", func() {
		var m map[string]int
		m["a"] = 1
	})
	try("nil pointer", func() {
		var p *P
		p.x = 1
	})
	try("nil func", func() {
		var f func()
		f()
	})
	try("type assertion", func() {
		var v interface{} = "str"
		fmt.Println(v.(int))
	})
	try("closed channel", func() {
		c := make(chan int)
		close(c)
		close(c)
	})
	var arr [4]int
	try("array", func() { arr[i%8] = 1 })
	fmt.Println(divide(7, 2))
	fmt.Println(divide(7, 0))
	fmt.Println(nilField())
	n := 0
	for k := 0; k < 1000; k++ {
		func() {
			defer func() {
				if recover() != nil {
					n++
				}
			}()
			var p *P
			if k%2 == 0 {
				p = &P{k}
			}
			n += p.x / (k % 3)
		}()
	}
	fmt.Println("faults recovered in a loop:", n)
}
