// select cases that assign a received value to a variable of another type
// (an interface): the receive sits under lower's implicit conversion.
package main

import "fmt"

type myint int

func main() {
	var i interface{}
	c := make(chan int, 1)
	c <- 1
	select {
	case i = <-c:
	}
	fmt.Println(i)
	var e error
	ce := make(chan *myErr, 1)
	ce <- &myErr{}
	select {
	case e = <-ce:
	}
	fmt.Println(e)
	var ok bool
	c <- 2
	select {
	case i, ok = <-c:
	}
	fmt.Println(i, ok)
}

type myErr struct{}

func (*myErr) Error() string { return "myErr" }
