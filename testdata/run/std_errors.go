// errors: New, Is, As, Unwrap, fmt.Errorf with %w, custom error types,
// sentinel errors compared with ==.
package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")
var ErrPermission = errors.New("permission denied")

type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }
func (e *PathError) Unwrap() error { return e.Err }

type codeErr int

func (c codeErr) Error() string { return fmt.Sprintf("code %d", int(c)) }

func open(name string) error {
	switch name {
	case "missing":
		return &PathError{"open", name, ErrNotFound}
	case "secret":
		return fmt.Errorf("open %s: %w", name, ErrPermission)
	case "broken":
		return codeErr(7)
	}
	return nil
}

func load(name string) error {
	if err := open(name); err != nil {
		return fmt.Errorf("load config: %w", err)
	}
	return nil
}

func main() {
	for _, name := range []string{"ok", "missing", "secret", "broken"} {
		err := load(name)
		fmt.Printf("%-8s err=%v\n", name, err)
		if err == nil {
			continue
		}
		fmt.Println("  is not found:", errors.Is(err, ErrNotFound))
		fmt.Println("  is permission:", errors.Is(err, ErrPermission))
		var pe *PathError
		if errors.As(err, &pe) {
			fmt.Println("  path error:", pe.Op, pe.Path)
		}
		var ce codeErr
		if errors.As(err, &ce) {
			fmt.Println("  code:", int(ce))
		}
		u := errors.Unwrap(err)
		fmt.Printf("  unwrap: %v\n", u)
		fmt.Println("  unwrap twice:", errors.Unwrap(u))
	}
	e1 := errors.New("same text")
	e2 := errors.New("same text")
	fmt.Println(e1 == e2, e1 == e1, errors.Is(e1, e2), e1.Error() == e2.Error())
	var nilErr error
	fmt.Println(nilErr == nil, errors.Is(nilErr, nil), errors.Unwrap(nilErr))
	fmt.Printf("%v|%s|%q\n", e1, e1, e1)
	plain := fmt.Errorf("no wrap %d", 1)
	fmt.Println(errors.Unwrap(plain) == nil, plain)
	bad := fmt.Errorf("not an error: %w", 42)
	fmt.Println(bad)
	var target error
	fmt.Println(errors.As(load("secret"), &target), target)
}
