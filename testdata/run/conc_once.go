// sync.Once runs its function exactly once, even from many goroutines.
package main

import (
	"fmt"
	"sync"
)

var once sync.Once
var config string

func setup() {
	config = "ready"
	fmt.Println("setup ran")
}

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			once.Do(setup)
			wg.Done()
		}()
	}
	wg.Wait()
	once.Do(func() { fmt.Println("never") })
	fmt.Println(config)
}
