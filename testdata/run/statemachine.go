// A vending machine as a state machine: iota states with String methods,
// events in a table of transitions, and a transcript.
package main

import (
	"fmt"
	"strings"
)

type State int

const (
	Idle State = iota
	HasCoins
	Dispensing
	OutOfOrder
)

var stateNames = [...]string{"Idle", "HasCoins", "Dispensing", "OutOfOrder"}

func (s State) String() string { return stateNames[s] }

type Event struct {
	Kind  string
	Value int
}

func (e Event) String() string {
	if e.Value != 0 {
		return fmt.Sprintf("%s(%d)", e.Kind, e.Value)
	}
	return e.Kind
}

type Machine struct {
	state   State
	credit  int
	stock   map[string]int
	prices  map[string]int
	history []string
	sales   int
}

func (m *Machine) log(format string, args ...interface{}) {
	m.history = append(m.history, fmt.Sprintf("[%-10v] ", m.state)+fmt.Sprintf(format, args...))
}

func (m *Machine) Handle(e Event, item string) {
	switch m.state {
	case OutOfOrder:
		m.log("ignored %v", e)
		return
	case Idle, HasCoins:
		switch e.Kind {
		case "coin":
			if e.Value != 5 && e.Value != 10 && e.Value != 25 {
				m.log("rejected coin %d", e.Value)
				return
			}
			m.credit += e.Value
			m.state = HasCoins
			m.log("credit %d", m.credit)
		case "select":
			price, ok := m.prices[item]
			switch {
			case !ok:
				m.log("no such item %q", item)
			case m.stock[item] == 0:
				m.log("%s sold out", item)
			case m.credit < price:
				m.log("%s costs %d, credit %d", item, price, m.credit)
			default:
				m.state = Dispensing
				m.stock[item]--
				m.credit -= price
				m.sales += price
				m.log("dispense %s, change %d", item, m.credit)
				m.credit = 0
				m.state = Idle
			}
		case "refund":
			m.log("refund %d", m.credit)
			m.credit = 0
			m.state = Idle
		case "kick":
			m.state = OutOfOrder
			m.log("ouch")
		}
	}
}

func main() {
	m := &Machine{
		stock:  map[string]int{"cola": 2, "chips": 1},
		prices: map[string]int{"cola": 35, "chips": 50, "gum": 15},
	}
	script := []struct {
		e    Event
		item string
	}{
		{Event{"coin", 25}, ""}, {Event{"select", 0}, "cola"}, {Event{"coin", 10}, ""},
		{Event{"select", 0}, "cola"}, {Event{"coin", 3}, ""}, {Event{"coin", 25}, ""},
		{Event{"coin", 25}, ""}, {Event{"select", 0}, "cola"}, {Event{"select", 0}, "gum"},
		{Event{"coin", 25}, ""}, {Event{"coin", 25}, ""}, {Event{"select", 0}, "chips"},
		{Event{"coin", 25}, ""}, {Event{"select", 0}, "chips"}, {Event{"select", 0}, "tea"},
		{Event{"refund", 0}, ""}, {Event{"kick", 0}, ""}, {Event{"coin", 10}, ""},
	}
	for _, s := range script {
		m.Handle(s.e, s.item)
	}
	fmt.Println(strings.Join(m.history, "\n"))
	fmt.Println("sales:", m.sales, "stock:", m.stock, "state:", m.state)
	fmt.Printf("%v %d %s\n", Dispensing, Dispensing, []State{Idle, OutOfOrder})
}
