// Package testtool finds the outside programs that some tests check output
// with (epubcheck, pdftotext, qpdf, node). A test that needs one skips when it
// is absent, unless FLASHMARK_REQUIRE_TOOLS=1, under which it fails: CI
// installs every tool and must not pass by skipping.
package testtool

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// Required reports whether FLASHMARK_REQUIRE_TOOLS asks for every tool.
func Required() bool { return os.Getenv("FLASHMARK_REQUIRE_TOOLS") == "1" }

// Missing skips or fails the test, as Required says, because what is absent.
func Missing(t testing.TB, what string) {
	t.Helper()
	if Required() {
		t.Fatalf("%s is required (FLASHMARK_REQUIRE_TOOLS=1) but missing", what)
	}
	t.Skipf("%s not found; skipping (set FLASHMARK_REQUIRE_TOOLS=1 to fail instead)", what)
}

// Look returns the path of the program name, or skips or fails the test.
func Look(t testing.TB, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		Missing(t, name)
	}
	return p
}

// NodeModules returns a node_modules directory holding the npm package pkg:
// $FLASHMARK_NODE_MODULES when set, else the one next to the module root's
// .cache/node (where .ci/run installs). It skips or fails when pkg is absent.
func NodeModules(t testing.TB, pkg string) string {
	t.Helper()
	var dirs []string
	if d := os.Getenv("FLASHMARK_NODE_MODULES"); d != "" {
		dirs = append(dirs, d)
	}
	if root, err := moduleRoot(); err == nil {
		dirs = append(dirs, filepath.Join(root, ".cache", "node", "node_modules"))
	}
	for _, d := range dirs {
		if _, err := os.Stat(filepath.Join(d, pkg, "package.json")); err == nil {
			return d
		}
	}
	Missing(t, "npm package "+pkg+" (set FLASHMARK_NODE_MODULES to a node_modules directory)")
	return ""
}

func moduleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", os.ErrNotExist
		}
		dir = parent
	}
}
