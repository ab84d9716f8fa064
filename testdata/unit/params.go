// dump: ast
// Parameter lists: grouped names (a, b int), unnamed types (int, string),
// variadic ...T, named and unnamed multiple results.
package p

func a(x, y int, s string) {}

func b(int, string) {}

func c(format string, args ...interface{}) {}

func d(...int) {}

func e() (n int, err error) { return }

func f() (int, error) { return 0, nil }

func g(p, q *int, m map[string][]int) (r, s int) { return }

func h(f func(a, b int) bool) {}
