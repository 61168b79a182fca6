package noticelint.rules.lawfulness.child_consent_age_test

import data.noticelint.rules.lawfulness.child_consent_age

consent_activity := [{"name": "Game accounts", "purposes": [{"description": "Running the game account", "legal_bases": ["consent"]}]}]

contract_activity := [{"name": "Game accounts", "purposes": [{"description": "Running the game account", "legal_bases": ["contract"]}]}]

be := {"name": "Spelletjes BV", "address": {"city": "Gent", "country": "BE"}}

cases := {
	"Dutch children, parental consent only below 13": {
		"notice": {"controller": be, "activities": consent_activity, "children": {"directed_at_children": true, "countries": ["NL"], "parental_consent_below_age": 13}},
		"want": {"/children/parental_consent_below_age"},
	},
	"Belgian children, 13 is the Belgian age": {
		"notice": {"controller": be, "activities": consent_activity, "children": {"directed_at_children": true, "countries": ["BE"], "parental_consent_below_age": 13}},
		"want": set(),
	},
	"French children, 15 on the boundary": {
		"notice": {"controller": be, "activities": consent_activity, "children": {"directed_at_children": true, "countries": ["FR"], "parental_consent_below_age": 15}},
		"want": set(),
	},
	"French children, 14 is one year short": {
		"notice": {"controller": be, "activities": consent_activity, "children": {"directed_at_children": true, "countries": ["FR"], "parental_consent_below_age": 14}},
		"want": {"/children/parental_consent_below_age"},
	},
	"several countries, one too high": {
		"notice": {"controller": be, "activities": consent_activity, "children": {"directed_at_children": true, "countries": ["BE", "SE", "DE"], "parental_consent_below_age": 13}},
		"want": {"/children/parental_consent_below_age"},
	},
	"no countries: the controller's country": {
		"notice": {"controller": be, "activities": consent_activity, "children": {"directed_at_children": true, "parental_consent_below_age": 13}},
		"want": set(),
	},
	"no countries and no controller country: the GDPR default 16": {
		"notice": {"activities": consent_activity, "children": {"directed_at_children": true, "parental_consent_below_age": 13}},
		"want": {"/children/parental_consent_below_age"},
	},
	"country without a national age: the default 16": {
		"notice": {"controller": be, "activities": consent_activity, "children": {"directed_at_children": true, "countries": ["CH"], "parental_consent_below_age": 15}},
		"want": {"/children/parental_consent_below_age"},
	},
	"no parental-consent age at all": {
		"notice": {"controller": be, "activities": consent_activity, "children": {"directed_at_children": true}},
		"want": {"/children"},
	},
	"parental consent up to 18 is enough everywhere": {
		"notice": {"activities": consent_activity, "children": {"directed_at_children": true, "countries": ["DE", "NL"], "parental_consent_below_age": 18}},
		"want": set(),
	},
	"not directed at children": {
		"notice": {"controller": be, "activities": consent_activity, "children": {"directed_at_children": false, "countries": ["NL"]}},
		"want": set(),
	},
	"no consent relied on": {
		"notice": {"controller": be, "activities": contract_activity, "children": {"directed_at_children": true, "countries": ["NL"], "parental_consent_below_age": 13}},
		"want": set(),
	},
	"no children section": {
		"notice": {"controller": be, "activities": consent_activity},
		"want": set(),
	},
}

test_cases if {
	failed := {name: got |
		some name, c in cases
		got := {f.pointer | some f in child_consent_age.report with input as {"notice": c.notice, "as_of": "2026-01-01"}}
		got != c.want
	}
	print("failed cases:", failed)
	failed == {}
}

test_message_names_countries_and_ages if {
	notice := {"activities": consent_activity, "children": {"directed_at_children": true, "countries": ["NL", "BE", "FR"], "parental_consent_below_age": 13}}
	got := {f.message | some f in child_consent_age.report with input as {"notice": notice, "as_of": "2026-01-01"}}
	got == {"The notice asks for a parent's consent only below age 13, but the age of digital consent is 15 in FR and 16 in NL."}
}

test_message_without_age_uses_default if {
	notice := {"activities": consent_activity, "children": {"directed_at_children": true}}
	got := {f.message | some f in child_consent_age.report with input as {"notice": notice, "as_of": "2026-01-01"}}
	got == {"The service is directed at children and relies on consent, but the notice sets no age below which a parent must consent; the age of digital consent is 16 (the GDPR default)."}
}
