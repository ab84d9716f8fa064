// Import paths with characters go build rejects (types2's
// validatedImportPath) are invalid, reported with the literal as written.
package main

import (
	"a!b" // ERROR "invalid import path: .a!b.$"
	"fmt"
)

func main() { fmt.Println() }
