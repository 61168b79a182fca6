package document

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/noticelint/noticelint/privacy"
)

// Plain words for JSON Schema types, for readers who are not programmers.
var typeWords = map[string]string{
	"string":  "text (a string)",
	"integer": "a whole number",
	"number":  "a number",
	"boolean": "true or false",
	"array":   "a list",
	"object":  "an object (a group of fields)",
	"null":    "nothing",
}

// found describes a value that has the wrong type.
func found(v any) string {
	switch x := v.(type) {
	case nil:
		return "an empty value"
	case bool:
		return fmt.Sprintf("the value %t", x)
	case json.Number:
		return "the number " + truncate(string(x))
	case string:
		return "text (" + quoteValue(x) + ")"
	case []any:
		return "a list"
	case map[string]any:
		return "an object"
	}
	return "a value of an unknown kind"
}

// typeHint suggests how to fix a value of the wrong type.
func typeHint(want string, v any) string {
	switch want {
	case "string":
		switch x := v.(type) {
		case json.Number:
			return fmt.Sprintf("; if it is meant as text, put it in quotes: %q", string(x))
		case bool:
			return fmt.Sprintf("; if it is meant as text, put it in quotes: \"%t\"", x)
		case nil:
			return "; fill in the text or remove the field"
		}
	case "array":
		if v == nil {
			return "; fill in the list or remove the field"
		}
		return "; write it as a list, even if it has only one item"
	case "object":
		if v == nil {
			return "; fill in its fields or remove it"
		}
	case "boolean":
		if s, ok := v.(string); ok {
			switch strings.ToLower(s) {
			case "yes", "y", "on", "ja", "oui":
				return "; write true"
			case "no", "n", "off", "nee", "non":
				return "; write false"
			}
		}
	case "integer", "number":
		if s, ok := v.(string); ok {
			if _, kind := decimalNumber("", strings.TrimPrefix(s, "-")); kind == validNumber {
				return "; write the number without quotes"
			}
		}
	}
	return ""
}

// quoteValue quotes a value from the document for a message, shortened
// when long.
func quoteValue(s string) string { return fmt.Sprintf("%q", truncate(s)) }

func truncate(s string) string {
	const max = 60
	if utf8.RuneCountInString(s) <= max {
		return s
	}
	r := []rune(s)
	return string(r[:max]) + "…"
}

// suggest returns the candidate closest to s when it is close enough to be
// a likely typo, or "".
func suggest(s string, candidates []string) string {
	norm := func(x string) string {
		return strings.NewReplacer("-", "_", " ", "_").Replace(strings.ToLower(x))
	}
	ns := norm(s)
	n := utf8.RuneCountInString(ns)
	if n > 100 {
		return ""
	}
	limit := 3
	switch {
	case n <= 3:
		limit = 1
	case n <= 7:
		limit = 2
	}
	best, bestDist := "", limit+1
	for _, c := range candidates {
		if d := editDistance(ns, norm(c)); d < bestDist {
			best, bestDist = c, d
		}
	}
	return best
}

// editDistance is the optimal string alignment distance: insertions,
// deletions, substitutions and transpositions of adjacent characters, as
// typing slips are.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev2 := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
}

// countryMessage explains a value that is not an ISO 3166-1 alpha-2 code.
func countryMessage(s string, _ []string) string {
	const not = " is not an ISO 3166-1 alpha-2 country code"
	switch up := strings.ToUpper(strings.TrimSpace(s)); {
	case up == "UK":
		return quoteValue(s) + not + " (the United Kingdom is GB)"
	case up == "EL":
		return quoteValue(s) + not + " (Greece is GR)"
	case privacy.CountryCode(up).Valid():
		return fmt.Sprintf("%s%s; write it in capitals: %q", quoteValue(s), not, up)
	}
	return quoteValue(s) + not + ", such as BE, FR or US"
}

var (
	datePattern   = regexp.MustCompile(privacy.DatePattern)
	dayFirstDate  = regexp.MustCompile(`^([0-9]{1,2})[./-]([0-9]{1,2})[./-]([0-9]{4})$`)
	durationWords = regexp.MustCompile(`^([0-9]+) ?(years?|months?|weeks?|days?|hours?|minutes?|seconds?)$`)
)

// dateMessage explains a value that is not a date written YYYY-MM-DD.
func dateMessage(s, label string) string {
	if datePattern.MatchString(s) {
		return fmt.Sprintf("%s is not a real calendar date; check the day and month of %s", quoteValue(s), label)
	}
	msg := fmt.Sprintf("expected a date written YYYY-MM-DD, such as 2024-05-25, for %s; found %s", label, quoteValue(s))
	if m := dayFirstDate.FindStringSubmatch(strings.TrimSpace(s)); m != nil {
		msg += fmt.Sprintf("; if that is day, month and year, write %s-%02s-%02s", m[3], m[2], m[1])
	}
	return msg
}

// durationHint rewrites durations such as "7 years" as ISO 8601.
func durationHint(s string, cookie bool) string {
	t := strings.ToLower(strings.TrimSpace(s))
	if up := strings.ToUpper(t); up != s && (cookie && privacy.CookieDuration(up).Valid() || privacy.Duration(up).Valid()) {
		return fmt.Sprintf("; did you mean %s?", up)
	}
	m := durationWords.FindStringSubmatch(t)
	if m == nil {
		return ""
	}
	n, unit := strings.TrimLeft(m[1], "0"), strings.TrimSuffix(m[2], "s")
	if n == "" {
		n = "0"
	}
	iso := map[string]string{"year": "P%sY", "month": "P%sM", "week": "P%sW", "day": "P%sD", "hour": "PT%sH", "minute": "PT%sM", "second": "PT%sS"}[unit]
	return fmt.Sprintf("; for %q write %s", s, fmt.Sprintf(iso, n))
}

// languageNames maps common language names to their tags.
var languageNames = map[string]string{
	"english": "en", "french": "fr", "dutch": "nl", "german": "de", "spanish": "es", "italian": "it",
	"portuguese": "pt", "polish": "pl", "swedish": "sv", "danish": "da", "finnish": "fi", "greek": "el",
	"nederlands": "nl", "français": "fr", "francais": "fr", "deutsch": "de", "español": "es",
}

// languageHint suggests the tag meant by a value such as NL, fr_BE or English.
func languageHint(s string) string {
	if tag, ok := languageNames[strings.ToLower(strings.TrimSpace(s))]; ok {
		return fmt.Sprintf("; did you mean %q?", tag)
	}
	parts := strings.Split(strings.ReplaceAll(strings.TrimSpace(s), "_", "-"), "-")
	parts[0] = strings.ToLower(parts[0])
	for i := 1; i < len(parts); i++ {
		switch len(parts[i]) {
		case 2:
			parts[i] = strings.ToUpper(parts[i])
		case 4:
			parts[i] = strings.ToUpper(parts[i][:1]) + strings.ToLower(parts[i][1:])
		}
	}
	if tag := strings.Join(parts, "-"); tag != s && privacy.LanguageTag(tag).Valid() {
		return fmt.Sprintf("; did you mean %q?", tag)
	}
	return ""
}

var notIDChars = regexp.MustCompile(`[^a-z0-9_-]+`)

// idHint suggests an id made from a value such as "Marketing 1".
func idHint(s string) string {
	id := strings.Trim(notIDChars.ReplaceAllString(strings.ToLower(s), "-"), "-_")
	if id == "" || len(id) > 60 {
		return ", such as \"newsletter\""
	}
	return fmt.Sprintf(", such as %q", id)
}

// formatMessage explains a string that does not have the format named.
func formatMessage(format, s, label string) string {
	switch format {
	case "email":
		msg := fmt.Sprintf("%s is not a valid e-mail address for %s; write it like privacy@example.com", quoteValue(s), label)
		if strings.HasPrefix(strings.ToLower(s), "mailto:") {
			msg += ", without \"mailto:\""
		}
		return msg
	case "uri":
		if !strings.Contains(s, "://") && strings.Contains(s, ".") && !strings.ContainsAny(s, " @") {
			return fmt.Sprintf("%s is not a full web address for %s; write it with https:// in front: %q", quoteValue(s), label, "https://"+strings.TrimPrefix(s, "//"))
		}
		return fmt.Sprintf("%s is not a full web address for %s; write it in full, such as https://example.com/privacy", quoteValue(s), label)
	case "date":
		return dateMessage(s, label)
	}
	return fmt.Sprintf("%s is not a valid %s for %s", quoteValue(s), format, label)
}
