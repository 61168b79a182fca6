package privacy_test

import (
	"reflect"
	"testing"

	"github.com/noticelint/noticelint/privacy"
)

func TestScalars(t *testing.T) {
	tests := []struct {
		name  string
		valid func() bool
		want  bool
	}{
		{"date", privacy.Date("2020-06-05").Valid, true},
		{"date without dashes", privacy.Date("20200605").Valid, false},
		{"date with time", privacy.Date("2020-06-05T10:00:00Z").Valid, false},
		{"impossible date", privacy.Date("2026-02-30").Valid, false},
		{"leap day", privacy.Date("2024-02-29").Valid, true},
		{"one month", privacy.Duration("P1M").Valid, true},
		{"seven years", privacy.Duration("P7Y").Valid, true},
		{"twelve hours", privacy.Duration("PT12H").Valid, true},
		{"mixed", privacy.Duration("P1Y2M3DT4H").Valid, true},
		{"bare P", privacy.Duration("P").Valid, false},
		{"dangling T", privacy.Duration("P1DT").Valid, false},
		{"bare PT", privacy.Duration("PT").Valid, false},
		{"weeks and days", privacy.Duration("P4W").Valid, true},
		{"order matters", privacy.Duration("P1D2M").Valid, false},
		{"words", privacy.Duration("one month").Valid, false},
		{"session cookie", privacy.CookieDuration("session").Valid, true},
		{"thirteen-month cookie", privacy.CookieDuration("P13M").Valid, true},
		{"cookie bare P", privacy.CookieDuration("P").Valid, false},
		{"language", privacy.LanguageTag("nl").Valid, true},
		{"language and region", privacy.LanguageTag("fr-BE").Valid, true},
		{"upper-case language", privacy.LanguageTag("NL").Valid, false},
		{"Norway", privacy.CountryCode("NO").Valid, true},
		{"United Kingdom", privacy.CountryCode("GB").Valid, true},
		{"UK is not ISO", privacy.CountryCode("UK").Valid, false},
		{"EL is not ISO", privacy.CountryCode("EL").Valid, false},
		{"lower case", privacy.CountryCode("be").Valid, false},
	}
	for _, tt := range tests {
		if got := tt.valid(); got != tt.want {
			t.Errorf("%s: Valid() = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// Every enumeration documents each value and accepts exactly those values.
func TestEnums(t *testing.T) {
	enums := []privacy.Enum{
		privacy.Collection(""), privacy.LegalBasis(""), privacy.SpecialCategory(""), privacy.Art9Condition(""),
		privacy.RecipientRole(""), privacy.ObjectionAvailability(""), privacy.MarketingChannel(""), privacy.OptOut(""),
		privacy.ProvisionRequirement(""), privacy.TransferMechanism(""), privacy.CookieParty(""), privacy.CookiePurpose(""),
		privacy.ConsentMechanism(""), privacy.Right(""), privacy.Fee(""), privacy.IdentityCheckWhen(""),
	}
	for _, e := range enums {
		typ := reflect.TypeOf(e)
		valid := func(s string) bool {
			return reflect.ValueOf(s).Convert(typ).Interface().(interface{ Valid() bool }).Valid()
		}
		seen := map[string]bool{}
		for _, v := range e.Values() {
			if v.Value == "" || v.Title == "" || seen[v.Value] {
				t.Errorf("%s: value %+v is empty, untitled or repeated", typ.Name(), v)
			}
			seen[v.Value] = true
			if !valid(v.Value) {
				t.Errorf("%s(%q).Valid() = false", typ.Name(), v.Value)
			}
		}
		if valid("not-a-value") {
			t.Errorf("%s accepts an unknown value", typ.Name())
		}
	}
}
