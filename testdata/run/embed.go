// Embedded structs: promoted fields and methods, shadowing, pointer
// embedding, interface satisfaction through promotion, and %+v printing.
package main

import "fmt"

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string { return fmt.Sprintf("#%d %s", b.ID, b.Name) }
func (b *Base) Rename(n string) { b.Name = n }

type Timestamps struct {
	Created, Updated int
}

func (t *Timestamps) Touch(now int) { t.Updated = now }
func (t Timestamps) Age(now int) int { return now - t.Created }

type User struct {
	Base
	Timestamps
	Email string
}

type Admin struct {
	*User
	Level int
	Name  string // shadows Base.Name
}

func (a Admin) Describe() string { return "admin " + a.User.Describe() + fmt.Sprintf(" L%d", a.Level) }

type Describer interface{ Describe() string }

type Logger struct{ lines []string }

func (l *Logger) Log(format string, args ...interface{}) {
	l.lines = append(l.lines, fmt.Sprintf(format, args...))
}

type Service struct {
	*Logger
	name string
}

func main() {
	u := User{Base: Base{1, "ann"}, Timestamps: Timestamps{Created: 100}, Email: "ann@example.com"}
	fmt.Println(u.ID, u.Name, u.Describe(), u.Age(150))
	u.Rename("anne")
	u.Touch(160)
	fmt.Printf("%+v\n", u)
	fmt.Println(u.Base.Name, u.Updated, u.Timestamps.Updated)

	a := Admin{User: &u, Level: 3, Name: "root"}
	fmt.Println(a.Name, a.User.Name, a.Base.Name, a.ID, a.Email)
	a.Rename("annie") // through the pointer: changes u
	fmt.Println(u.Name, a.Describe())

	ds := []Describer{u, a, &u, Base{9, "base"}}
	for _, d := range ds {
		fmt.Printf("%T: %s\n", d, d.Describe())
	}

	s := Service{Logger: &Logger{}, name: "svc"}
	s.Log("start %s", s.name)
	s.Log("n=%d", 42)
	fmt.Println(len(s.lines), s.lines)

	f := u.Describe
	g := (*Base).Rename
	g(&u.Base, "method-expr")
	fmt.Println(f(), u.Describe())
	fmt.Printf("%v\n%+v\n", Base{2, "b"}, Timestamps{1, 2})
}
