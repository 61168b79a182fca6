//go:build !unix

package main

// lockDir does not lock where flock is missing; run one build at a time.
func lockDir(string) (unlock func(), err error) { return func() {}, nil }
