# command-line-arguments
./funclit.go:9:7: func literal does not escape
./funclit.go:14:9: func literal does not escape
./funclit.go:18:9: func literal escapes to heap
./funclit.go:22:7: func literal escapes to heap
./funclit.go:25:12: f does not escape
./funclit.go:30:15: func literal does not escape
