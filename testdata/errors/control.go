// Misplaced break, continue, fallthrough and undefined or unused labels.
package main

func main() {
	break // ERROR "break is not in a loop, switch, or select$"
	if true {
		continue // ERROR "continue is not in a loop$"
	}
	switch 1 {
	case 1:
	default:
		fallthrough // ERROR "cannot fallthrough final case in switch$"
	}
	goto missing // ERROR "label missing not defined$"
unused: // ERROR "label unused defined and not used$"
	for {
		break nowhere // ERROR "break label not defined: nowhere$"
	}
}
