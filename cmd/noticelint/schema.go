package main

import (
	_ "embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/noticelint/noticelint/schema"
)

// starter is the notice `noticelint init` writes: it passes the schema and
// shows the main sections to fill in.
//
//go:embed starter.notice.yaml
var starter []byte

// starterName is the file init writes in a directory.
const starterName = "privacy.notice.yaml"

func printSchema(args []string, stdout io.Writer) error {
	if len(args) > 0 {
		return fmt.Errorf("%w: schema takes no arguments", errUsage)
	}
	_, err := stdout.Write(schema.Notice())
	return err
}

// initNotice writes the starter notice to PATH, a file or a directory (the
// current directory by default). It never overwrites a file.
func initNotice(args []string, stdout io.Writer) error {
	if len(args) > 1 {
		return fmt.Errorf("%w: init takes at most one path", errUsage)
	}
	path := starterName
	if len(args) == 1 {
		path = args[0]
		if info, err := os.Stat(path); err == nil && info.IsDir() {
			path = filepath.Join(path, starterName)
		}
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, fs.ErrExist) {
		return fmt.Errorf("%w: %s already exists; noticelint init does not overwrite it", errUsage, path)
	}
	if err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	if _, err := f.Write(starter); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	_, err = fmt.Fprintf(stdout, "wrote %s; check it with: noticelint check %s\n", path, path)
	return err
}
