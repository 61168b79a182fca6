package noticelint.rules.cookies.cookie_consent_invalid_test

import data.noticelint.rules.cookies.cookie_consent_invalid

cases := {
	"opt-in": {
		"notice": {"cookies": [{"name": "_ga", "purpose": "statistics"}], "cookie_consent": {"mechanism": "opt_in", "reject_option": true}},
		"want": set(),
	},
	"implied by browsing, site-wide": {
		"notice": {"cookies": [{"name": "_ga", "purpose": "statistics"}, {"name": "_fbp", "purpose": "marketing"}], "cookie_consent": {"mechanism": "implied_by_browsing"}},
		"want": {"/cookie_consent/mechanism"},
	},
	"cookie wall with no cookie listed": {
		"notice": {"cookie_consent": {"mechanism": "cookie_wall"}},
		"want": {"/cookie_consent/mechanism"},
	},
	"bundled with the policy": {
		"notice": {"cookie_consent": {"mechanism": "bundled_with_policy"}},
		"want": {"/cookie_consent/mechanism"},
	},
	"no consent at all is another rule's job": {
		"notice": {"cookies": [{"name": "_ga", "purpose": "statistics"}], "cookie_consent": {"mechanism": "none"}},
		"want": set(),
	},
	"pre-ticked box on one cookie": {
		"notice": {"cookies": [{"name": "_ga", "purpose": "statistics"}, {"name": "_fbp", "purpose": "marketing", "consent": "pre_ticked"}], "cookie_consent": {"mechanism": "opt_in"}},
		"want": {"/cookies/1/consent"},
	},
	"cookie's own invalid consent, site-wide invalid too": {
		"notice": {"cookies": [{"name": "_fbp", "purpose": "marketing", "consent": "pre_ticked"}], "cookie_consent": {"mechanism": "cookie_wall"}},
		"want": {"/cookie_consent/mechanism", "/cookies/0/consent"},
	},
	"cookie's own opt-in under an invalid site-wide mechanism": {
		"notice": {"cookies": [{"name": "_fbp", "purpose": "marketing", "consent": "opt_in"}], "cookie_consent": {"mechanism": "implied_by_browsing"}},
		"want": {"/cookie_consent/mechanism"},
	},
	"strictly necessary cookie needs no consent": {
		"notice": {"cookies": [{"name": "session", "purpose": "strictly_necessary", "consent": "implied_by_browsing"}]},
		"want": set(),
	},
	"cookie without purpose is not known to be exempt": {
		"notice": {"cookies": [{"name": "_x", "consent": "cookie_wall"}]},
		"want": {"/cookies/0/consent"},
	},
	"silent notice": {"notice": {"cookies": [{"name": "_ga", "purpose": "statistics"}]}, "want": set()},
	"no cookies": {"notice": {"cookies": []}, "want": set()},
}

test_cases if {
	failed := {name: got |
		some name, c in cases
		got := {f.pointer | some f in cookie_consent_invalid.report with input as {"notice": c.notice, "as_of": "2026-01-01"}}
		got != c.want
	}
	print("failed cases:", failed)
	failed == {}
}

test_message_pre_ticked_cookie if {
	notice := {"cookies": [{"name": "_fbp", "purpose": "marketing", "consent": "pre_ticked"}]}
	some f in cookie_consent_invalid.report with input as {"notice": notice, "as_of": "2026-01-01"}
	f.message == "Consent to cookie \"_fbp\" uses a pre-ticked box, which is not valid consent."
}
