# command-line-arguments
./bce.go:10:10: index bounds check elided
./bce.go:15:10: index bounds check elided
./bce.go:21:10: index bounds check elided
