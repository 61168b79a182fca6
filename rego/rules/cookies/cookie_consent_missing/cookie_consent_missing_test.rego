package noticelint.rules.cookies.cookie_consent_missing_test

import data.noticelint.rules.cookies.cookie_consent_missing

opt_in := {"mechanism": "opt_in", "reject_option": true}

cases := {
	"statistics cookie, no consent asked site-wide": {
		"notice": {"cookies": [{"name": "_ga", "purpose": "statistics"}], "cookie_consent": {"mechanism": "none"}},
		"want": {"/cookies/0"},
	},
	"statistics cookie, notice silent on consent": {
		"notice": {"cookies": [{"name": "_ga", "purpose": "statistics"}]},
		"want": {"/cookies/0"},
	},
	"cookie without purpose, silent on consent": {
		"notice": {"cookies": [{"name": "_x"}]},
		"want": {"/cookies/0"},
	},
	"statistics cookie, opt-in site-wide": {
		"notice": {"cookies": [{"name": "_ga", "purpose": "statistics"}], "cookie_consent": opt_in},
		"want": set(),
	},
	"cookie's own none overrides site-wide opt-in": {
		"notice": {"cookies": [{"name": "_fbp", "purpose": "marketing", "consent": "none"}], "cookie_consent": opt_in},
		"want": {"/cookies/0"},
	},
	"cookie's own opt-in overrides site-wide none": {
		"notice": {"cookies": [{"name": "_fbp", "purpose": "marketing", "consent": "opt_in"}], "cookie_consent": {"mechanism": "none"}},
		"want": set(),
	},
	"strictly necessary cookie needs no consent": {
		"notice": {"cookies": [{"name": "session", "purpose": "strictly_necessary"}], "cookie_consent": {"mechanism": "none"}},
		"want": set(),
	},
	"strictly necessary cookie, silent on consent": {
		"notice": {"cookies": [{"name": "session", "purpose": "strictly_necessary"}]},
		"want": set(),
	},
	"invalid consent is another rule's job": {
		"notice": {"cookies": [{"name": "_ga", "purpose": "statistics"}], "cookie_consent": {"mechanism": "implied_by_browsing"}},
		"want": set(),
	},
	"only the marketing cookie of two": {
		"notice": {"cookies": [{"name": "session", "purpose": "strictly_necessary"}, {"name": "_fbp", "purpose": "marketing"}]},
		"want": {"/cookies/1"},
	},
	"no cookies": {"notice": {"cookies": [], "cookie_consent": {"mechanism": "none"}}, "want": set()},
}

test_cases if {
	failed := {name: got |
		some name, c in cases
		got := {f.pointer | some f in cookie_consent_missing.report with input as {"notice": c.notice, "as_of": "2026-01-01"}}
		got != c.want
	}
	print("failed cases:", failed)
	failed == {}
}

test_message_names_cookie if {
	notice := {"cookies": [{"name": "_ga", "purpose": "statistics"}], "cookie_consent": {"mechanism": "none"}}
	some f in cookie_consent_missing.report with input as {"notice": notice, "as_of": "2026-01-01"}
	f.message == "Cookie \"_ga\" is set without asking consent, although it is not strictly necessary."
}
