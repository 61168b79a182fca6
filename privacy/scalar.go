package privacy

import (
	"regexp"
	"slices"
	"sync"
	"time"
)

// Patterns of the scalar types. They are RE2 expressions, which JSON Schema
// validators accept as they are; without look-ahead, "at least one
// component" is spelt out as alternatives.
const (
	// DatePattern matches a calendar date, YYYY-MM-DD.
	DatePattern = `^[0-9]{4}-[0-9]{2}-[0-9]{2}$`
	// DurationPattern matches an ISO 8601 duration with at least one component, such as P1M, P7Y or PT12H.
	DurationPattern = `^` + durationBody + `$`
	// CookieDurationPattern matches an ISO 8601 duration or the word "session".
	CookieDurationPattern = `^(?:session|` + durationBody + `)$`
	// LanguageTagPattern matches a BCP 47 language tag such as nl, fr-BE or en.
	LanguageTagPattern = `^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|[0-9]{3}))?$`
)

const (
	durationDate = `(?:[0-9]+Y(?:[0-9]+M)?(?:[0-9]+W)?(?:[0-9]+D)?|[0-9]+M(?:[0-9]+W)?(?:[0-9]+D)?|[0-9]+W(?:[0-9]+D)?|[0-9]+D)`
	durationTime = `T(?:[0-9]+H(?:[0-9]+M)?(?:[0-9]+S)?|[0-9]+M(?:[0-9]+S)?|[0-9]+S)`
	durationBody = `P(?:` + durationDate + `(?:` + durationTime + `)?|` + durationTime + `)`
)

// The expressions are compiled on first use rather than when the program
// starts: in the browser build, compiling them at start-up delayed the
// first findings, and most checks need one or two of them.
var (
	dateRe           = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(DatePattern) })
	durationRe       = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(DurationPattern) })
	cookieDurationRe = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(CookieDurationPattern) })
	languageTagRe    = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(LanguageTagPattern) })
)

// Date is a calendar date written YYYY-MM-DD. It stays a string so that a
// document round-trips unchanged and rules compare dates as ISO strings.
type Date string

// Valid reports whether d is a real calendar date written YYYY-MM-DD, as
// JSON Schema's date format demands: 2026-02-30 is not one.
func (d Date) Valid() bool {
	if !dateRe().MatchString(string(d)) {
		return false
	}
	_, err := time.Parse(time.DateOnly, string(d))
	return err == nil
}

// Duration is an ISO 8601 duration such as P1M (one month) or P7Y (seven years).
type Duration string

// Valid reports whether d is a non-empty ISO 8601 duration.
func (d Duration) Valid() bool { return durationRe().MatchString(string(d)) }

// CookieDuration is an ISO 8601 duration, or "session" for a cookie deleted when the browser closes.
type CookieDuration string

// Valid reports whether d is "session" or a non-empty ISO 8601 duration.
func (d CookieDuration) Valid() bool {
	return cookieDurationRe().MatchString(string(d))
}

// LanguageTag is a BCP 47 language tag such as nl, fr-BE or en.
type LanguageTag string

// Valid reports whether t has the form of a BCP 47 tag with language, optional script and optional region.
func (t LanguageTag) Valid() bool { return languageTagRe().MatchString(string(t)) }

// CountryCode is an ISO 3166-1 alpha-2 country code such as BE, FR or US.
type CountryCode string

// Valid reports whether c is an assigned ISO 3166-1 alpha-2 code.
func (c CountryCode) Valid() bool {
	_, ok := slices.BinarySearch(countryCodes, string(c))
	return ok
}

// CountryCodes lists the assigned ISO 3166-1 alpha-2 codes in order.
func CountryCodes() []string { return slices.Clone(countryCodes) }

// countryCodes are the officially assigned ISO 3166-1 alpha-2 codes, sorted.
// "UK" and "EL" are not among them: the United Kingdom is GB and Greece GR.
var countryCodes = []string{
	"AD", "AE", "AF", "AG", "AI", "AL", "AM", "AO", "AQ", "AR", "AS", "AT", "AU", "AW", "AX", "AZ",
	"BA", "BB", "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BL", "BM", "BN", "BO", "BQ", "BR", "BS",
	"BT", "BV", "BW", "BY", "BZ", "CA", "CC", "CD", "CF", "CG", "CH", "CI", "CK", "CL", "CM", "CN",
	"CO", "CR", "CU", "CV", "CW", "CX", "CY", "CZ", "DE", "DJ", "DK", "DM", "DO", "DZ", "EC", "EE",
	"EG", "EH", "ER", "ES", "ET", "FI", "FJ", "FK", "FM", "FO", "FR", "GA", "GB", "GD", "GE", "GF",
	"GG", "GH", "GI", "GL", "GM", "GN", "GP", "GQ", "GR", "GS", "GT", "GU", "GW", "GY", "HK", "HM",
	"HN", "HR", "HT", "HU", "ID", "IE", "IL", "IM", "IN", "IO", "IQ", "IR", "IS", "IT", "JE", "JM",
	"JO", "JP", "KE", "KG", "KH", "KI", "KM", "KN", "KP", "KR", "KW", "KY", "KZ", "LA", "LB", "LC",
	"LI", "LK", "LR", "LS", "LT", "LU", "LV", "LY", "MA", "MC", "MD", "ME", "MF", "MG", "MH", "MK",
	"ML", "MM", "MN", "MO", "MP", "MQ", "MR", "MS", "MT", "MU", "MV", "MW", "MX", "MY", "MZ", "NA",
	"NC", "NE", "NF", "NG", "NI", "NL", "NO", "NP", "NR", "NU", "NZ", "OM", "PA", "PE", "PF", "PG",
	"PH", "PK", "PL", "PM", "PN", "PR", "PS", "PT", "PW", "PY", "QA", "RE", "RO", "RS", "RU", "RW",
	"SA", "SB", "SC", "SD", "SE", "SG", "SH", "SI", "SJ", "SK", "SL", "SM", "SN", "SO", "SR", "SS",
	"ST", "SV", "SX", "SY", "SZ", "TC", "TD", "TF", "TG", "TH", "TJ", "TK", "TL", "TM", "TN", "TO",
	"TR", "TT", "TV", "TW", "TZ", "UA", "UG", "UM", "US", "UY", "UZ", "VA", "VC", "VE", "VG", "VI",
	"VN", "VU", "WF", "WS", "YE", "YT", "ZA", "ZM", "ZW",
}
