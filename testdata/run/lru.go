// An LRU cache: a map from keys to nodes of a doubly linked list.
package main

import (
	"fmt"
	"strings"
)

type node struct {
	key, val   string
	prev, next *node
}

type LRU struct {
	cap        int
	items      map[string]*node
	head, tail *node // head = most recent
	hits, miss int
}

func NewLRU(cap int) *LRU { return &LRU{cap: cap, items: make(map[string]*node)} }

func (c *LRU) unlink(n *node) {
	if n.prev != nil {
		n.prev.next = n.next
	} else {
		c.head = n.next
	}
	if n.next != nil {
		n.next.prev = n.prev
	} else {
		c.tail = n.prev
	}
	n.prev, n.next = nil, nil
}

func (c *LRU) pushFront(n *node) {
	n.next = c.head
	if c.head != nil {
		c.head.prev = n
	}
	c.head = n
	if c.tail == nil {
		c.tail = n
	}
}

func (c *LRU) Get(k string) (string, bool) {
	n, ok := c.items[k]
	if !ok {
		c.miss++
		return "", false
	}
	c.hits++
	c.unlink(n)
	c.pushFront(n)
	return n.val, true
}

func (c *LRU) Put(k, v string) (evicted string) {
	if n, ok := c.items[k]; ok {
		n.val = v
		c.unlink(n)
		c.pushFront(n)
		return ""
	}
	if len(c.items) == c.cap {
		old := c.tail
		c.unlink(old)
		delete(c.items, old.key)
		evicted = old.key
	}
	n := &node{key: k, val: v}
	c.items[k] = n
	c.pushFront(n)
	return evicted
}

func (c *LRU) String() string {
	var parts []string
	for n := c.head; n != nil; n = n.next {
		parts = append(parts, n.key+"="+n.val)
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func main() {
	c := NewLRU(3)
	for _, kv := range [][2]string{{"a", "1"}, {"b", "2"}, {"c", "3"}} {
		c.Put(kv[0], kv[1])
	}
	fmt.Println(c)
	v, ok := c.Get("a")
	fmt.Println(v, ok, c)
	fmt.Println("evicted:", c.Put("d", "4"), c)
	_, ok = c.Get("b")
	fmt.Println("b present:", ok)
	c.Put("c", "33")
	fmt.Println(c, len(c.items))
	for i := 0; i < 10; i++ {
		k := string(rune('a' + i%5))
		if _, ok := c.Get(k); !ok {
			if e := c.Put(k, fmt.Sprint(i)); e != "" {
				fmt.Print("-", e, " ")
			}
		}
	}
	fmt.Println()
	fmt.Println(c, "hits", c.hits, "misses", c.miss)
}
