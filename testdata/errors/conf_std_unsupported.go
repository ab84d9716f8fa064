// Members and packages of go1.19's standard library outside the subset are
// "not supported" (valid Go), not "undefined" or "not in GOROOT".
package main

import (
	"runtime"
	"strconv"
	"testing" // ERROR "package testing not supported$"
)

var x runtime.MemProfileRecord // ERROR "runtime.MemProfileRecord not supported$"

func main() {
	runtime.SetFinalizer(nil, nil) // ERROR "runtime.SetFinalizer not supported$"
	_ = strconv.IntSize            // ERROR "strconv.IntSize not supported$"
	_ = testing.Short
}
