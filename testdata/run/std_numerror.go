// *strconv.NumError values made by the library: type assertions, type
// switches, errors.As and field access, as programs validate input.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func parseAge(s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
			return 0, fmt.Errorf("age %q is absurdly large", s)
		}
		return 0, fmt.Errorf("bad age: %w", err)
	}
	if n < 0 || n > 150 {
		return 0, fmt.Errorf("age %d out of range", n)
	}
	return n, nil
}

func main() {
	for _, in := range []string{"42", "-3", "abc", "99999999999999999999", "", "7x"} {
		n, err := parseAge(in)
		fmt.Printf("%q -> %d, %v\n", in, n, err)
		var ne *strconv.NumError
		if errors.As(err, &ne) {
			fmt.Printf("   NumError{Func:%s Num:%q Err:%v} syntax=%v\n", ne.Func, ne.Num, ne.Err, ne.Err == strconv.ErrSyntax)
		}
	}
	_, err := strconv.ParseFloat("1e999", 64)
	switch e := err.(type) {
	case *strconv.NumError:
		fmt.Println("float:", e.Func, e.Num, errors.Is(e, strconv.ErrRange), e.Unwrap() == strconv.ErrRange)
	default:
		fmt.Println("unexpected", e)
	}
	_, err = strconv.ParseBool("maybe")
	fmt.Printf("%v | %T\n", err, err)
	fmt.Println(strconv.ErrSyntax, strconv.ErrRange)
}
