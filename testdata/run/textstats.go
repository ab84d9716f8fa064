// Text statistics: word frequencies, longest words, letter histogram,
// sentence counts -- strings, unicode, maps and sort together.
package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const text = `It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair. We had everything
before us, we had nothing before us! Were we all going direct to Heaven? We
were all going direct the other way.`

type wordCount struct {
	word  string
	count int
}

func main() {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\''
	})
	fmt.Println("words:", len(words))
	freq := map[string]int{}
	for _, w := range words {
		freq[w]++
	}
	fmt.Println("distinct:", len(freq))
	var wcs []wordCount
	for w, c := range freq {
		wcs = append(wcs, wordCount{w, c})
	}
	sort.Slice(wcs, func(i, j int) bool {
		if wcs[i].count != wcs[j].count {
			return wcs[i].count > wcs[j].count
		}
		return wcs[i].word < wcs[j].word
	})
	for _, wc := range wcs[:8] {
		fmt.Printf("%-8s %2d %s\n", wc.word, wc.count, strings.Repeat("*", wc.count))
	}
	sort.SliceStable(wcs, func(i, j int) bool { return len(wcs[i].word) > len(wcs[j].word) })
	fmt.Println("longest:", wcs[0].word, wcs[1].word, wcs[2].word)

	letters := map[rune]int{}
	total := 0
	for _, r := range text {
		if unicode.IsLetter(r) {
			letters[unicode.ToLower(r)]++
			total++
		}
	}
	keys := make([]int, 0, len(letters))
	for r := range letters {
		keys = append(keys, int(r))
	}
	sort.Ints(keys)
	var sb strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&sb, "%c%d ", rune(k), letters[rune(k)])
	}
	fmt.Println(strings.TrimSpace(sb.String()))
	fmt.Printf("letters=%d vowels=%.1f%%\n", total, 100*float64(letters['a']+letters['e']+letters['i']+letters['o']+letters['u'])/float64(total))

	sentences := 0
	for _, r := range text {
		if strings.ContainsRune(".!?", r) {
			sentences++
		}
	}
	lines := strings.Split(text, "\n")
	fmt.Println("sentences:", sentences, "lines:", len(lines), "commas:", strings.Count(text, ","))
	for i, l := range lines {
		fmt.Printf("%d: %2d words, starts %q, ends %q\n", i+1, len(strings.Fields(l)), strings.Fields(l)[0], l[len(l)-5:])
	}
	fmt.Println(strings.Contains(text, "Heaven"), strings.Index(text, "wisdom"), strings.LastIndex(text, "it was"))
	fmt.Println(strings.Title(strings.Join(words[:6], " ")))
}
