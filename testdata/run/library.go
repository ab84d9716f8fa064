// A library loan system: members and items behind interfaces, embedded
// bookkeeping, loans with due dates as day numbers, fines, and reports.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Item interface {
	ID() string
	Title() string
	LoanDays() int
}

type base struct {
	id, title string
	onLoan    bool
}

func (b *base) ID() string    { return b.id }
func (b *base) Title() string { return b.title }

type Book struct {
	base
	Author string
	Pages  int
}

func (*Book) LoanDays() int { return 21 }

type DVD struct {
	base
	Minutes int
}

func (*DVD) LoanDays() int { return 7 }

type Member struct {
	Name  string
	Loans map[string]int // item id -> due day
	Fines int
}

var (
	ErrOnLoan   = errors.New("item already on loan")
	ErrNoItem   = errors.New("no such item")
	ErrTooMany  = errors.New("loan limit reached")
	ErrNotLoan  = errors.New("item not loaned to member")
	loanLimit   = 2
	finePerDay  = 25
)

type Library struct {
	items   map[string]Item
	members map[string]*Member
	events  []string
}

func (l *Library) logf(day int, format string, args ...interface{}) {
	l.events = append(l.events, fmt.Sprintf("day %2d: ", day)+fmt.Sprintf(format, args...))
}

func loaned(it Item) *bool {
	switch v := it.(type) {
	case *Book:
		return &v.onLoan
	case *DVD:
		return &v.onLoan
	}
	return nil
}

func (l *Library) Checkout(day int, who, id string) error {
	it, ok := l.items[id]
	if !ok {
		return fmt.Errorf("checkout %s: %w", id, ErrNoItem)
	}
	m := l.members[who]
	if *loaned(it) {
		return fmt.Errorf("checkout %q: %w", it.Title(), ErrOnLoan)
	}
	if len(m.Loans) >= loanLimit {
		return fmt.Errorf("%s: %w (%d)", who, ErrTooMany, loanLimit)
	}
	*loaned(it) = true
	m.Loans[id] = day + it.LoanDays()
	l.logf(day, "%s borrows %q until day %d", who, it.Title(), m.Loans[id])
	return nil
}

func (l *Library) Return(day int, who, id string) (fine int, err error) {
	m := l.members[who]
	due, ok := m.Loans[id]
	if !ok {
		return 0, ErrNotLoan
	}
	delete(m.Loans, id)
	*loaned(l.items[id]) = false
	if day > due {
		fine = (day - due) * finePerDay
		m.Fines += fine
	}
	l.logf(day, "%s returns %s, fine %d", who, id, fine)
	return fine, nil
}

func main() {
	lib := &Library{items: map[string]Item{}, members: map[string]*Member{}}
	for _, it := range []Item{
		&Book{base{id: "B1", title: "The Go Programming Language"}, "Donovan", 380},
		&Book{base{id: "B2", title: "Crafting Interpreters"}, "Nystrom", 640},
		&DVD{base{id: "D1", title: "Hackers"}, 105},
	} {
		lib.items[it.ID()] = it
	}
	for _, n := range []string{"ada", "bob"} {
		lib.members[n] = &Member{Name: n, Loans: map[string]int{}}
	}
	steps := []struct {
		day       int
		op, who, id string
	}{
		{1, "out", "ada", "B1"}, {2, "out", "bob", "B1"}, {2, "out", "bob", "D1"}, {3, "out", "ada", "B2"},
		{4, "out", "ada", "D1"}, {5, "out", "ada", "X9"}, {12, "in", "bob", "D1"}, {20, "in", "ada", "B2"},
		{30, "in", "ada", "B1"}, {31, "in", "bob", "B1"}, {31, "out", "bob", "B1"},
	}
	for _, s := range steps {
		var err error
		if s.op == "out" {
			err = lib.Checkout(s.day, s.who, s.id)
		} else {
			_, err = lib.Return(s.day, s.who, s.id)
		}
		if err != nil {
			kind := "other"
			for _, e := range []error{ErrOnLoan, ErrNoItem, ErrTooMany, ErrNotLoan} {
				if errors.Is(err, e) {
					kind = e.Error()
				}
			}
			fmt.Printf("day %2d: %s %s %s failed: %v [%s]\n", s.day, s.who, s.op, s.id, err, kind)
		}
	}
	fmt.Println(strings.Join(lib.events, "\n"))
	names := []string{}
	for n := range lib.members {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		m := lib.members[n]
		fmt.Printf("%-4s fines $%d.%02d loans %v\n", m.Name, m.Fines/100, m.Fines%100, m.Loans)
	}
	ids := make([]string, 0, len(lib.items))
	for id := range lib.items {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		it := lib.items[id]
		extra := ""
		if b, ok := it.(*Book); ok {
			extra = fmt.Sprintf("by %s, %d pages", b.Author, b.Pages)
		}
		fmt.Printf("%s %-28q %2d days on-loan=%v %s\n", id, it.Title(), it.LoanDays(), *loaned(it), extra)
	}
}
