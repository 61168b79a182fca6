//go:build unix

package main

import (
	"crypto/sha256"
	"fmt"
	"os"
	"path/filepath"
	"syscall"
)

// lockDir holds an exclusive lock for dir until unlock is called, so that
// concurrent builds (tests of several packages) do not run npm ci in the
// same node_modules at once. The lock file is in the temporary directory.
func lockDir(dir string) (unlock func(), err error) {
	name := fmt.Sprintf("noticelint-build-%x.lock", sha256.Sum256([]byte(dir)))
	f, err := os.OpenFile(filepath.Join(os.TempDir(), name), os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return nil, err
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
		f.Close()
		return nil, err
	}
	return func() {
		syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
		f.Close()
	}, nil
}
