package finding

import (
	"encoding/json"
	"fmt"
)

// Severity is how serious a finding is.
type Severity string

// Severities, from the most to the least serious.
const (
	Error   Severity = "error"
	Warning Severity = "warning"
	Info    Severity = "info"
)

// ParseSeverity returns the severity named s.
func ParseSeverity(s string) (Severity, error) {
	switch v := Severity(s); v {
	case Error, Warning, Info:
		return v, nil
	}
	return "", fmt.Errorf("unknown severity %q: expected error, warning or info", s)
}

// AtLeast reports whether s is at least as serious as min.
func (s Severity) AtLeast(min Severity) bool { return s.rank() <= min.rank() }

func (s Severity) rank() int {
	switch s {
	case Error:
		return 0
	case Warning:
		return 1
	case Info:
		return 2
	}
	return 3
}

// UnmarshalJSON accepts only the known severities.
func (s *Severity) UnmarshalJSON(b []byte) error {
	var str string
	if err := json.Unmarshal(b, &str); err != nil {
		return err
	}
	v, err := ParseSeverity(str)
	if err != nil {
		return err
	}
	*s = v
	return nil
}
