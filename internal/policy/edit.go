package policy

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"strings"

	"go.yaml.in/yaml/v3"
)

// AddAcceptance appends an accepted risk to the policy file at p (creating
// the file if needed), keeping the rest of the file, comments included, as
// it was. The entry is validated first.
func AddAcceptance(p string, a Acceptance) error {
	if err := a.compile(); err != nil {
		return fmt.Errorf("%w: %v", ErrInvalid, err)
	}
	data, err := os.ReadFile(p)
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("read policy: %w", err)
	}
	var doc yaml.Node
	if len(bytes.TrimSpace(data)) > 0 {
		if err := yaml.Unmarshal(data, &doc); err != nil {
			return fmt.Errorf("%w: %s: %v", ErrInvalid, p, err)
		}
	}
	if doc.Kind == 0 {
		doc = yaml.Node{Kind: yaml.DocumentNode, Content: []*yaml.Node{{Kind: yaml.MappingNode}}}
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return fmt.Errorf("%w: %s: top level is not a mapping", ErrInvalid, p)
	}
	var list *yaml.Node
	for k := 0; k+1 < len(root.Content); k += 2 {
		if root.Content[k].Value == "accept" {
			list = root.Content[k+1]
		}
	}
	if list == nil {
		list = &yaml.Node{Kind: yaml.SequenceNode}
		root.Content = append(root.Content, &yaml.Node{Kind: yaml.ScalarNode, Value: "accept"}, list)
	}
	if list.Kind != yaml.SequenceNode {
		// "accept:" with no entries decodes as a null scalar.
		*list = yaml.Node{Kind: yaml.SequenceNode}
	}
	var entry yaml.Node
	if err := entry.Encode(a); err != nil {
		return err
	}
	list.Content = append(list.Content, &entry)
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(&doc); err != nil {
		return err
	}
	if _, err := Parse(p, buf.Bytes()); err != nil {
		return err
	}
	return writeAtomic(p, buf.Bytes())
}

// AddScriptEntry records an install-script decision in the policy file at p
// (creating the file if needed) under scripts.allow or scripts.deny, keeping
// the rest of the file, comments included, as it was. An existing entry in
// the same list for the same package and via is replaced (so re-approving a
// changed script updates its hash); an entry for the same package and via in
// the other list is removed, so a package is never both allowed and denied.
func AddScriptEntry(p string, kind ScriptKind, e ScriptEntry) error {
	if err := ValidateScriptEntry(e); err != nil {
		return fmt.Errorf("%w: %v", ErrInvalid, err)
	}
	data, err := os.ReadFile(p)
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("read policy: %w", err)
	}
	var doc yaml.Node
	if len(bytes.TrimSpace(data)) > 0 {
		if err := yaml.Unmarshal(data, &doc); err != nil {
			return fmt.Errorf("%w: %s: %v", ErrInvalid, p, err)
		}
	}
	if doc.Kind == 0 {
		doc = yaml.Node{Kind: yaml.DocumentNode, Content: []*yaml.Node{{Kind: yaml.MappingNode}}}
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return fmt.Errorf("%w: %s: top level is not a mapping", ErrInvalid, p)
	}
	scripts := mappingChild(root, "scripts", yaml.MappingNode)
	keys := map[ScriptKind]string{ScriptAllow: "allow", ScriptDeny: "deny"}
	lists := map[ScriptKind]*yaml.Node{kind: mappingChild(scripts, keys[kind], yaml.SequenceNode)}
	other := ScriptAllow
	if kind == ScriptAllow {
		other = ScriptDeny
	}
	for k := 0; k+1 < len(scripts.Content); k += 2 {
		if scripts.Content[k].Value == keys[other] && scripts.Content[k+1].Kind == yaml.SequenceNode {
			lists[other] = scripts.Content[k+1]
		}
	}
	name := e.Name()
	for _, list := range lists {
		kept := list.Content[:0]
		for _, item := range list.Content {
			var old ScriptEntry
			if item.Decode(&old) == nil && old.Name() == name && strings.TrimSpace(old.Via) == strings.TrimSpace(e.Via) {
				// Same list: replaced below. Other list: the new decision wins.
				continue
			}
			kept = append(kept, item)
		}
		list.Content = kept
	}
	var entry yaml.Node
	if err := entry.Encode(e); err != nil {
		return err
	}
	lists[kind].Content = append(lists[kind].Content, &entry)
	for _, list := range lists {
		if len(list.Content) > 0 {
			list.Style = 0
		}
	}
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(&doc); err != nil {
		return err
	}
	if _, err := Parse(p, buf.Bytes()); err != nil {
		return err
	}
	return writeAtomic(p, buf.Bytes())
}

// mappingChild returns the value of key in the mapping m, adding it (or
// replacing a null/empty value) with a node of the given kind.
func mappingChild(m *yaml.Node, key string, kind yaml.Kind) *yaml.Node {
	for k := 0; k+1 < len(m.Content); k += 2 {
		if m.Content[k].Value == key {
			v := m.Content[k+1]
			if v.Kind != kind {
				*v = yaml.Node{Kind: kind}
			}
			return v
		}
	}
	v := &yaml.Node{Kind: kind}
	m.Content = append(m.Content, &yaml.Node{Kind: yaml.ScalarNode, Value: key}, v)
	return v
}

func writeAtomic(p string, data []byte) error {
	tmp := p + ".tmp"
	if err := os.WriteFile(tmp, data, 0o644); err != nil {
		return fmt.Errorf("write policy: %w", err)
	}
	if err := os.Rename(tmp, p); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("write policy: %w", err)
	}
	return nil
}
