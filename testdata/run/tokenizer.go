// A tokenizer and a recursive-descent calculator for + - * / and parentheses.
package main

import "fmt"

type Kind int

const (
	NUM Kind = iota
	OP
	LPAREN
	RPAREN
	EOF
)

type Token struct {
	Kind Kind
	Val  int
	Op   byte
}

func tokenize(s string) []Token {
	var toks []Token
	i := 0
	for i < len(s) {
		c := s[i]
		switch {
		case c == ' ':
			i++
		case c >= '0' && c <= '9':
			n := 0
			for i < len(s) && s[i] >= '0' && s[i] <= '9' {
				n = n*10 + int(s[i]-'0')
				i++
			}
			toks = append(toks, Token{Kind: NUM, Val: n})
		case c == '(':
			toks = append(toks, Token{Kind: LPAREN})
			i++
		case c == ')':
			toks = append(toks, Token{Kind: RPAREN})
			i++
		default:
			toks = append(toks, Token{Kind: OP, Op: c})
			i++
		}
	}
	return append(toks, Token{Kind: EOF})
}

type Parser struct {
	toks []Token
	pos  int
}

func (p *Parser) peek() Token { return p.toks[p.pos] }
func (p *Parser) next() Token {
	t := p.toks[p.pos]
	p.pos++
	return t
}

// expr = term { ("+"|"-") term }
func (p *Parser) expr() int {
	v := p.term()
	for p.peek().Kind == OP && (p.peek().Op == '+' || p.peek().Op == '-') {
		if p.next().Op == '+' {
			v += p.term()
		} else {
			v -= p.term()
		}
	}
	return v
}

// term = factor { ("*"|"/") factor }
func (p *Parser) term() int {
	v := p.factor()
	for p.peek().Kind == OP && (p.peek().Op == '*' || p.peek().Op == '/') {
		if p.next().Op == '*' {
			v *= p.factor()
		} else {
			v /= p.factor()
		}
	}
	return v
}

// factor = number | "(" expr ")" | "-" factor
func (p *Parser) factor() int {
	t := p.next()
	switch t.Kind {
	case NUM:
		return t.Val
	case LPAREN:
		v := p.expr()
		p.next()
		return v
	}
	return -p.factor()
}

func main() {
	for _, src := range []string{"1 + 2 * 3", "(1 + 2) * 3", "100 / 7 - -3", "2 * (3 + 4) * (5 - 1)", "42"} {
		toks := tokenize(src)
		p := &Parser{toks: toks}
		fmt.Printf("%-22s = %d (%d tokens)\n", src, p.expr(), len(toks))
	}
	fmt.Println(tokenize("(7)"))
}
