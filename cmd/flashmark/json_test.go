package main

import (
	"encoding/json"
	"slices"
)

// jsonNames returns the "name" of each object of a JSON object of objects
// (Anki's decks and models), sorted; only those under the given keys when
// keys are given.
func jsonNames(s string, keys ...string) []string {
	var m map[string]struct {
		Name string `json:"name"`
	}
	if err := json.Unmarshal([]byte(s), &m); err != nil {
		return []string{"invalid JSON: " + err.Error()}
	}
	var names []string
	for k, v := range m {
		if len(keys) == 0 || slices.Contains(keys, k) {
			names = append(names, v.Name)
		}
	}
	slices.Sort(names)
	return names
}
