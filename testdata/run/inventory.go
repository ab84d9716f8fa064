// An inventory system: products in a map, orders that can fail with typed
// errors, a report sorted two ways and printed as an aligned table.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Category int

const (
	Food Category = iota + 1
	Tools
	Toys
)

func (c Category) String() string {
	switch c {
	case Food:
		return "food"
	case Tools:
		return "tools"
	case Toys:
		return "toys"
	}
	return fmt.Sprintf("Category(%d)", int(c))
}

type Product struct {
	SKU   string
	Name  string
	Cat   Category
	Price int // cents
	Qty   int
}

type StockError struct {
	SKU       string
	Want, Got int
}

func (e *StockError) Error() string {
	return fmt.Sprintf("sku %s: want %d, only %d in stock", e.SKU, e.Want, e.Got)
}

var ErrUnknown = errors.New("unknown product")

type Inventory struct {
	items map[string]*Product
	log   []string
}

func money(c int) string { return fmt.Sprintf("$%d.%02d", c/100, c%100) }

func (inv *Inventory) Add(p Product) {
	if old, ok := inv.items[p.SKU]; ok {
		old.Qty += p.Qty
		inv.log = append(inv.log, "restock "+p.SKU)
		return
	}
	inv.items[p.SKU] = &p
	inv.log = append(inv.log, "add "+p.SKU)
}

func (inv *Inventory) Order(sku string, n int) (int, error) {
	p, ok := inv.items[sku]
	if !ok {
		return 0, fmt.Errorf("order %s: %w", sku, ErrUnknown)
	}
	if p.Qty < n {
		return 0, &StockError{sku, n, p.Qty}
	}
	p.Qty -= n
	inv.log = append(inv.log, fmt.Sprintf("order %s x%d", sku, n))
	return n * p.Price, nil
}

func (inv *Inventory) Report(by string) string {
	var ps []*Product
	for _, p := range inv.items {
		ps = append(ps, p)
	}
	switch by {
	case "value":
		sort.Slice(ps, func(i, j int) bool {
			vi, vj := ps[i].Price*ps[i].Qty, ps[j].Price*ps[j].Qty
			if vi != vj {
				return vi > vj
			}
			return ps[i].SKU < ps[j].SKU
		})
	default:
		sort.Slice(ps, func(i, j int) bool { return ps[i].SKU < ps[j].SKU })
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%-6s %-14s %-6s %8s %4s %10s\n", "SKU", "NAME", "CAT", "PRICE", "QTY", "VALUE")
	total := 0
	for _, p := range ps {
		v := p.Price * p.Qty
		total += v
		fmt.Fprintf(&b, "%-6s %-14s %-6v %8s %4d %10s\n", p.SKU, p.Name, p.Cat, money(p.Price), p.Qty, money(v))
	}
	fmt.Fprintf(&b, "%41s %10s\n", "total", money(total))
	return b.String()
}

func main() {
	inv := &Inventory{items: map[string]*Product{}}
	inv.Add(Product{"F100", "Apples (kg)", Food, 349, 40})
	inv.Add(Product{"T200", "Hammer", Tools, 1999, 5})
	inv.Add(Product{"Y300", "Yo-yo", Toys, 250, 100})
	inv.Add(Product{"T201", "Screwdriver", Tools, 799, 12})
	inv.Add(Product{"F100", "", Food, 0, 10})
	fmt.Print(inv.Report("sku"))
	revenue := 0
	for _, o := range []struct {
		sku string
		n   int
	}{{"F100", 20}, {"T200", 6}, {"Z999", 1}, {"Y300", 99}, {"T201", 12}, {"T200", 5}} {
		amt, err := inv.Order(o.sku, o.n)
		var se *StockError
		switch {
		case errors.Is(err, ErrUnknown):
			fmt.Println("unknown:", err)
		case errors.As(err, &se):
			fmt.Println("short:", se.SKU, se.Want-se.Got, "missing;", err)
		case err == nil:
			revenue += amt
			fmt.Println("sold", o.n, o.sku, "for", money(amt))
		}
	}
	fmt.Println("revenue", money(revenue))
	fmt.Print(inv.Report("value"))
	fmt.Println(strings.Join(inv.log, "; "))
	fmt.Println(Category(9), Toys, []Category{Food, Tools})
}
