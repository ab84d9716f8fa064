// A bank simulation: accounts in a slice of structs, transfers through pointers,
// a transaction log, and error results as (ok bool, reason string).
package main

import "fmt"

type Account struct {
	ID      int
	Owner   string
	Balance int
}

type Tx struct {
	From, To, Amount int
	OK               bool
	Reason           string
}

type Bank struct {
	accounts []Account
	log      []Tx
}

func (b *Bank) Open(owner string, deposit int) int {
	id := len(b.accounts) + 1
	b.accounts = append(b.accounts, Account{ID: id, Owner: owner, Balance: deposit})
	return id
}

func (b *Bank) find(id int) *Account {
	for i := range b.accounts {
		if b.accounts[i].ID == id {
			return &b.accounts[i]
		}
	}
	return nil
}

func (b *Bank) Transfer(from, to, amount int) (bool, string) {
	src, dst := b.find(from), b.find(to)
	ok, reason := true, ""
	switch {
	case src == nil || dst == nil:
		ok, reason = false, "no such account"
	case amount <= 0:
		ok, reason = false, "bad amount"
	case src.Balance < amount:
		ok, reason = false, fmt.Sprintf("insufficient funds: %d < %d", src.Balance, amount)
	default:
		src.Balance -= amount
		dst.Balance += amount
	}
	b.log = append(b.log, Tx{from, to, amount, ok, reason})
	return ok, reason
}

func (b *Bank) Total() int {
	t := 0
	for _, a := range b.accounts {
		t += a.Balance
	}
	return t
}

func (b *Bank) ApplyInterest(percent int) {
	for i := range b.accounts {
		a := &b.accounts[i]
		a.Balance += a.Balance * percent / 100
	}
}

func main() {
	var bank Bank
	alice := bank.Open("alice", 100)
	bob := bank.Open("bob", 50)
	carol := bank.Open("carol", 0)
	fmt.Println(bank.Transfer(alice, bob, 30))
	fmt.Println(bank.Transfer(bob, carol, 100))
	fmt.Println(bank.Transfer(carol, 9, 1))
	fmt.Println(bank.Transfer(bob, carol, -5))
	fmt.Println(bank.Transfer(bob, carol, 80))
	bank.ApplyInterest(10)
	for _, a := range bank.accounts {
		fmt.Printf("%d %-6s %5d\n", a.ID, a.Owner, a.Balance)
	}
	fmt.Println("total:", bank.Total())
	failed := 0
	for _, tx := range bank.log {
		if !tx.OK {
			failed++
			fmt.Printf("failed %d->%d (%d): %s\n", tx.From, tx.To, tx.Amount, tx.Reason)
		}
	}
	fmt.Println(len(bank.log), "transactions,", failed, "failed")
	fmt.Printf("%+v\n", bank.log[0])
}
