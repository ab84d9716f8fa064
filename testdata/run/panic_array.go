// An array index computed at run time is checked too.
package main

import "fmt"

func main() {
	var a [4]int
	for i := 0; i <= 4; i++ {
		a[i] = i * i
		fmt.Println(a[i])
	}
}
