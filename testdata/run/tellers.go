// A bank-queue simulation driven by a deterministic linear congruential
// generator: customers arrive, tellers serve, statistics are reported.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type rng struct{ state uint32 }

func (r *rng) next() uint32 {
	r.state = r.state*1103515245 + 12345
	return (r.state >> 16) & 0x7fff
}

func (r *rng) intn(n int) int { return int(r.next()) % n }

type Customer struct {
	id, arrive, service int
	start, teller      int
}

type Teller struct {
	name   string
	freeAt int
	served int
	busy   int
}

func main() {
	r := &rng{state: 2024}
	var queue []*Customer
	t := 0
	for id := 1; id <= 25; id++ {
		t += r.intn(4)
		queue = append(queue, &Customer{id: id, arrive: t, service: 2 + r.intn(7)})
	}
	tellers := []*Teller{{name: "Ann"}, {name: "Bob"}, {name: "Cy"}}
	var done []*Customer
	for _, c := range queue {
		// pick the teller free earliest (ties: first in line)
		best := tellers[0]
		for _, tl := range tellers[1:] {
			if tl.freeAt < best.freeAt {
				best = tl
			}
		}
		c.start = c.arrive
		if best.freeAt > c.start {
			c.start = best.freeAt
		}
		best.freeAt = c.start + c.service
		best.served++
		best.busy += c.service
		for i, tl := range tellers {
			if tl == best {
				c.teller = i
			}
		}
		done = append(done, c)
	}
	totalWait, maxWait := 0, 0
	for _, c := range done {
		w := c.start - c.arrive
		totalWait += w
		if w > maxWait {
			maxWait = w
		}
		fmt.Printf("c%02d arrives %3d waits %2d served by %-3s for %d\n", c.id, c.arrive, w, tellers[c.teller].name, c.service)
	}
	end := 0
	for _, tl := range tellers {
		if tl.freeAt > end {
			end = tl.freeAt
		}
	}
	fmt.Printf("avg wait %.2f, max wait %d, closing time %d\n", float64(totalWait)/float64(len(done)), maxWait, end)
	sort.Slice(tellers, func(i, j int) bool { return tellers[i].busy > tellers[j].busy })
	for _, tl := range tellers {
		util := 100 * float64(tl.busy) / float64(end)
		fmt.Printf("%-4s served %2d busy %3d (%5.1f%%) %s\n", tl.name, tl.served, tl.busy, util, strings.Repeat("#", int(util/5)))
	}
	hist := make([]int, maxWait+1)
	for _, c := range done {
		hist[c.start-c.arrive]++
	}
	fmt.Println("wait histogram:", hist)
}
