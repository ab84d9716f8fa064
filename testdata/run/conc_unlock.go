// Unlocking an unlocked Mutex is a fatal error.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	mu.Unlock()
	fmt.Println("ok so far")
	mu.Unlock()
}
