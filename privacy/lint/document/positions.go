package document

// positions holds the source position of every value of a document. It
// mirrors Document.Value so that Position walks a pointer segment by
// segment instead of scanning, but in a few flat tables rather than one
// small object and one map per value: a notice has tens of thousands of
// values, and loading it is mostly allocating them.
type positions struct {
	nodes   []posNode
	members []posMember // the members of each object, one run per object
	elems   []int32     // the elements of each array, one run per array
	// index finds the members of large objects by name. It is keyed by the
	// start of the object's run, which an alias of the object shares.
	index map[int32]map[string]int32
	root  int32
}

// posNode is one value: its position, for an object member the key's, and
// for an object or array the run of its members or elements. 32 bits are
// plenty: a document of 2³¹ values would take far more memory than a
// process (and a browser) has before any of them were counted.
type posNode struct {
	pos   Position
	first int32
	// n is the number of members of an object, or ^n for an array of n
	// elements. A text, number, boolean or null is an object without
	// members: it has no children either way.
	n int32
}

// posMember is an object member: its name and its node.
type posMember struct {
	key  string
	node int32
}

// indexAbove is the number of members above which an object gets an index:
// scanning a short run of names beats hashing.
const indexAbove = 16

// add appends a node for a value without members or elements (so far) and
// returns it.
func (t *positions) add(pos Position) int32 {
	t.nodes = append(t.nodes, posNode{pos: pos})
	return int32(len(t.nodes) - 1)
}

// closeObject gives the object node its members.
func (t *positions) closeObject(node int32, members []posMember) {
	n := &t.nodes[node]
	n.first, n.n = int32(len(t.members)), int32(len(members))
	t.members = append(t.members, members...)
	if len(members) > indexAbove {
		if t.index == nil {
			t.index = map[int32]map[string]int32{}
		}
		idx := make(map[string]int32, len(members))
		for i, m := range members {
			idx[m.key] = n.first + int32(i)
		}
		t.index[n.first] = idx
	}
}

// closeArray gives the array node its elements.
func (t *positions) closeArray(node int32, elems []int32) {
	n := &t.nodes[node]
	n.first, n.n = int32(len(t.elems)), ^int32(len(elems))
	t.elems = append(t.elems, elems...)
}

// member returns the node of the member key of the object node, or -1.
func (t *positions) member(node int32, key string) int32 {
	n := &t.nodes[node]
	switch {
	case n.n > indexAbove:
		if i, ok := t.index[n.first][key]; ok {
			return t.members[i].node
		}
	case n.n > 0:
		for _, m := range t.members[n.first : n.first+n.n] {
			if m.key == key {
				return m.node
			}
		}
	}
	return -1
}

// child returns the node of the member or element that one unescaped
// pointer segment names, or -1.
func (t *positions) child(node int32, seg string) int32 {
	n := &t.nodes[node]
	if n.n >= 0 {
		return t.member(node, seg)
	}
	if i, ok := arrayIndex(seg); ok && i < int(^n.n) {
		return t.elems[int(n.first)+i]
	}
	return -1
}
