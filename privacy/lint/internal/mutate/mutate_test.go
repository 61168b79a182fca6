package mutate

import (
	"bytes"
	"slices"
	"testing"
)

func TestVariants(t *testing.T) {
	seeds := [][]byte{[]byte("title: Privacy notice\nlanguages: [en]\n"), []byte(`{"title": "x"}`)}
	a := slices.Collect(Variants(seeds, 200, 7))
	b := slices.Collect(Variants(seeds, 200, 7))
	if len(a) != 200 || !slices.EqualFunc(a, b, bytes.Equal) {
		t.Fatal("the same seed must give the same variants")
	}
	changed := 0
	for _, v := range a {
		if !bytes.Equal(v, seeds[0]) && !bytes.Equal(v, seeds[1]) {
			changed++
		}
	}
	if changed < 190 {
		t.Errorf("only %d of 200 variants differ from their seed", changed)
	}
}
