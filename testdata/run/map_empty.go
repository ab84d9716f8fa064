// Zero-size keys and values (struct{}, [0]int), and large array keys.
package main

import "fmt"

type E struct{}

func main() {
	m := map[struct{}]int{}
	m[struct{}{}] = 1
	m[struct{}{}]++
	fmt.Println(len(m), m[struct{}{}], m)
	a := map[[0]int]string{{}: "x"}
	fmt.Println(a, len(a))
	s := map[int]E{1: {}, 2: {}}
	for k, v := range s {
		_ = v
		_ = k
	}
	v, ok := s[1]
	fmt.Println(len(s), s, v, ok)
	s[3] = E{}
	delete(s, 1)
	fmt.Println(s)
	big := map[[40]int]bool{}
	var k [40]int
	for i := 0; i < 100; i++ {
		k[i%40] = i
		big[k] = true
	}
	fmt.Println(len(big))
}
