# command-line-arguments
./ifacecmp.go:6:8: e does not escape
./ifacecmp.go:6:30: s does not escape
./ifacecmp.go:7:59: s + s does not escape
