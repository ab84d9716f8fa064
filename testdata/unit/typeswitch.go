// dump: ast
// Type switches with and without a bound name, with an init statement,
// cases listing several types (type literals too) and nil.
package p

func f(x interface{}) int {
	switch v := x.(type) {
	case int, int64:
		return 1
	case []byte, map[string]int, *int, func():
		_ = v
	case nil:
	default:
	}
	switch y := 1; x.(type) {
	case string:
		return y
	}
	s, ok := x.(string)
	_, _ = s, ok
	return 0
}
